package org.weishi.spi;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version {@code major.minor.patch} with an optional pre-release label
 * ({@code 1.2.0-SNAPSHOT}). Pre-release versions sort before their release, as in semver.
 *
 * @param major major number
 * @param minor minor number
 * @param patch patch number
 * @param label pre-release label without the dash, or empty
 */
public record Version(int major, int minor, int patch, String label) implements Comparable<Version> {
    private static final Pattern FORM = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:-([0-9A-Za-z.-]+))?");

    /** Validates the parts. */
    public Version {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version numbers must not be negative");
        }
        label = label == null ? "" : label;
    }

    /**
     * Parses {@code 1}, {@code 1.4}, {@code 1.4.0} or {@code 1.4.0-SNAPSHOT}.
     *
     * @param text the version text
     * @return the version
     * @throws IllegalArgumentException naming the text when it is not a version
     */
    public static Version parse(String text) {
        Matcher m = FORM.matcher(Objects.requireNonNull(text, "text").trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a version like 1.4.0");
        }
        return new Version(Integer.parseInt(m.group(1)),
                m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
                m.group(4));
    }

    @Override
    public int compareTo(Version o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) c = Integer.compare(minor, o.minor);
        if (c == 0) c = Integer.compare(patch, o.patch);
        if (c == 0) {
            if (label.isEmpty() && !o.label.isEmpty()) return 1;
            if (!label.isEmpty() && o.label.isEmpty()) return -1;
            c = label.compareTo(o.label);
        }
        return c;
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (label.isEmpty() ? "" : "-" + label);
    }
}
