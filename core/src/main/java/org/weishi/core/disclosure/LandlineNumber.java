package org.weishi.core.disclosure;

import java.util.Objects;

/**
 * Fixed-line numbers (座机) with their area code: {@code 010} or {@code 02X} followed by an
 * 8-digit local number, or a 4-digit area code {@code 0[3-9]XX} followed by a 7- or 8-digit local
 * number (a local number never starts with 0); written {@code 0756-1234567}, {@code 0756 1234567} or
 * {@code (0756)1234567}. Masking keeps the area code and the last 2 digits:
 * {@code 0756-*****67}. Short service numbers (12345, 110) are not landlines and are left alone.
 *
 * <p>In free text ({@link TextRedactor}) a landline is only recognised with a separator or
 * parentheses between area code and local number; an unseparated run such as
 * {@code 07561234567} is too easily an ordinary number. In a field known to hold a phone number,
 * {@link #isValid} and {@link #mask} also accept the unseparated form.
 *
 * @since 0.1.0
 */
public final class LandlineNumber {

    private LandlineNumber() {
    }

    /**
     * Whether {@code value} is one landline number with area code (see the class description).
     *
     * @param value any text
     * @return {@code true} only for a landline number
     */
    public static boolean isValid(CharSequence value) {
        return split(value) != null;
    }

    /**
     * The public form: area code, a dash, the local number with all but its last 2 digits masked.
     * Text that is not a landline number is masked with every digit replaced by {@code *}.
     *
     * @param value the number as stored
     * @return the masked form, e.g. {@code 0756-*****67}
     */
    public static String mask(String value) {
        String[] parts = split(value);
        return parts == null ? Chars.starDigits(value) : mask(parts[0], parts[1]);
    }

    static String mask(CharSequence area, CharSequence local) {
        int n = local.length();
        return area + "-" + Chars.stars(n - 2) + local.subSequence(n - 2, n);
    }

    /** A valid area code: 010, 02X, or 0[3-9]XX. */
    static boolean isAreaCode(char[] d, int start, int len) {
        if (d[start] != '0') {
            return false;
        }
        if (len == 3) {
            return d[start + 1] == '1' && d[start + 2] == '0' || d[start + 1] == '2';
        }
        return len == 4 && d[start + 1] >= '3' && d[start + 1] <= '9';
    }

    /**
     * A valid local number for the given area code length: 8 digits after a 3-digit code, 7–8 after
     * 4, not starting with 0. Real local numbers start with 2–9 (1 is for service numbers), but a
     * number written as 0756-1234567 is still somebody's phone for our purpose.
     */
    static boolean isLocal(char[] d, int start, int len, int areaLen) {
        boolean lengthOk = areaLen == 3 ? len == 8 : (len == 7 || len == 8);
        return lengthOk && d[start] >= '1' && d[start] <= '9';
    }

    private static String[] split(CharSequence value) {
        Objects.requireNonNull(value, "value");
        String s = value.toString().strip();
        StringBuilder digits = new StringBuilder(12);
        for (int i = 0; i < s.length(); i++) {
            char c = Chars.normalise(s.charAt(i));
            if (Chars.isDigit(c)) {
                digits.append(c);
            } else if (!(c == ' ' || c == '-' || c == '(' || c == ')')) {
                return null;
            }
        }
        char[] d = digits.toString().toCharArray();
        if (d.length < 10 || d[0] != '0') {
            return null;
        }
        // 010 and 02X are the only 3-digit area codes; every other one has 4 digits.
        int areaLen = (d[1] == '1' || d[1] == '2') ? 3 : 4;
        if (!isAreaCode(d, 0, areaLen) || !isLocal(d, areaLen, d.length - areaLen, areaLen)) {
            return null;
        }
        String all = new String(d);
        return new String[] {all.substring(0, areaLen), all.substring(areaLen)};
    }
}
