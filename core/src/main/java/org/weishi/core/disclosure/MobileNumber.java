package org.weishi.core.disclosure;

import java.util.Objects;

/**
 * Mainland mobile numbers (手机号码): 11 digits starting 13–19, optionally written with a
 * {@code +86}, {@code 86} or {@code 0086} prefix and with spaces or dashes between digit groups
 * ({@code 138 1234 5678}, {@code 138-1234-5678}). Masking keeps the first 3 and the last 4 digits:
 * {@code 138****5678}.
 *
 * @since 0.1.0
 */
public final class MobileNumber {

    private MobileNumber() {
    }

    /**
     * Whether {@code value} is one mainland mobile number, in any of the written forms in the class
     * description (full-width digits accepted).
     *
     * @param value any text
     * @return {@code true} only for a mobile number
     */
    public static boolean isValid(CharSequence value) {
        return national(value) != null;
    }

    /**
     * The public form {@code 138****5678} (prefix and separators dropped). Text that is not a
     * mobile number is masked with every digit replaced by {@code *}, so nothing leaks.
     *
     * @param value the number as stored
     * @return the masked form
     */
    public static String mask(String value) {
        String national = national(value);
        return national == null ? Chars.starDigits(value) : mask11(national);
    }

    static String mask11(CharSequence elevenDigits) {
        return elevenDigits.subSequence(0, 3) + "****" + elevenDigits.subSequence(7, 11);
    }

    /** 11 ASCII digits starting 13–19. */
    static boolean isMobile11(char[] d, int start, int len) {
        return len == 11 && d[start] == '1' && d[start + 1] >= '3' && d[start + 1] <= '9';
    }

    /** The 11-digit national number, or null if {@code value} is not a mobile number. */
    private static String national(CharSequence value) {
        Objects.requireNonNull(value, "value");
        String s = value.toString().strip();
        StringBuilder digits = new StringBuilder(16);
        for (int i = 0; i < s.length(); i++) {
            char c = Chars.normalise(s.charAt(i));
            if (Chars.isDigit(c)) {
                digits.append(c);
            } else if (!(c == ' ' || c == '-' || (c == '+' && i == 0))) {
                return null;
            }
        }
        String d = digits.toString();
        if (d.length() == 15 && d.startsWith("0086")) {
            d = d.substring(4);
        } else if (d.length() == 13 && d.startsWith("86")) {
            d = d.substring(2);
        }
        char[] a = d.toCharArray();
        return isMobile11(a, 0, a.length) ? d : null;
    }
}
