package org.weishi.spi;

import java.util.Objects;

/**
 * A range of versions in Maven/OSGi interval notation: {@code [1.0,2.0)}, {@code (1.0,]},
 * {@code [1.2.0]} (exactly one), or a bare version {@code 1.2} meaning "at least 1.2".
 *
 * <p>A pre-release of the lower bound (for example {@code 0.1.0-SNAPSHOT} against
 * {@code [0.1,1)}) is inside the range, so development builds can load plug-ins built for the
 * release they are heading to.
 *
 * @param lower lower bound or null for none
 * @param lowerInclusive whether the lower bound is included
 * @param upper upper bound or null for none
 * @param upperInclusive whether the upper bound is included
 */
public record VersionRange(Version lower, boolean lowerInclusive, Version upper, boolean upperInclusive) {
    /** Every version. */
    public static final VersionRange ANY = new VersionRange(null, false, null, false);

    /**
     * @param text range text
     * @return the range
     * @throws IllegalArgumentException naming the text when it is malformed
     */
    public static VersionRange parse(String text) {
        String t = Objects.requireNonNull(text, "text").trim();
        if (t.isEmpty() || t.equals("*")) {
            return ANY;
        }
        char first = t.charAt(0);
        if (first != '[' && first != '(') {
            return new VersionRange(Version.parse(t), true, null, false);
        }
        char last = t.charAt(t.length() - 1);
        if (last != ']' && last != ')') {
            throw new IllegalArgumentException("'" + text + "' is not a version range like [1.0,2.0)");
        }
        String body = t.substring(1, t.length() - 1);
        int comma = body.indexOf(',');
        if (comma < 0) {
            if (first != '[' || last != ']') {
                throw new IllegalArgumentException("'" + text + "': an exact version is written [1.2.0]");
            }
            Version v = Version.parse(body);
            return new VersionRange(v, true, v, true);
        }
        String lo = body.substring(0, comma).trim();
        String hi = body.substring(comma + 1).trim();
        return new VersionRange(lo.isEmpty() ? null : Version.parse(lo), first == '[',
                hi.isEmpty() ? null : Version.parse(hi), last == ']');
    }

    /**
     * @param v a version
     * @return whether {@code v} lies in the range
     */
    public boolean contains(Version v) {
        if (lower != null) {
            Version cmp = v;
            if (!v.label().isEmpty()) {
                // 0.1.0-SNAPSHOT counts as 0.1.0 for a lower bound: see class javadoc.
                cmp = new Version(v.major(), v.minor(), v.patch(), "");
            }
            int c = cmp.compareTo(lower);
            if (c < 0 || (c == 0 && !lowerInclusive)) return false;
        }
        if (upper != null) {
            int c = v.compareTo(upper);
            if (c > 0 || (c == 0 && !upperInclusive)) return false;
        }
        return true;
    }

    @Override
    public String toString() {
        if (lower == null && upper == null) return "*";
        if (lower != null && upper == null && lowerInclusive) return lower.toString();
        if (lower != null && lower.equals(upper)) return "[" + lower + "]";
        return (lowerInclusive ? "[" : "(") + (lower == null ? "" : lower) + ","
                + (upper == null ? "" : upper) + (upperInclusive ? "]" : ")");
    }
}
