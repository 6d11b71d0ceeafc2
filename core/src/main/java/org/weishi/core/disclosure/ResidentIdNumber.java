package org.weishi.core.disclosure;

import java.util.Objects;

/**
 * Resident identity card numbers (居民身份证号码, GB 11643-1999): validation, the check
 * character, and the public mask.
 *
 * <p>An 18-character number is valid when: its first digit is 1–8 (a plausible region code), its
 * characters 7–14 are a real date {@code YYYYMMDD} with the year in 1900–2099, and its last
 * character is the ISO 7064 MOD 11-2 check character of the first 17 digits ({@code X} or
 * {@code x} for 10). The old 15-digit form (issued before 1999, no check character) is valid when
 * its first digit is 1–8 and its characters 7–12 are a real date {@code YYMMDD} in 19YY.
 * Full-width digits are accepted. Validity does not depend on today's date.
 *
 * <p>Masking keeps the first and the last character only (1****************X): the region,
 * the birth date and the sequence number never appear.
 *
 * @since 0.1.0
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private ResidentIdNumber() {
    }

    /**
     * The ISO 7064 MOD 11-2 check character for the first 17 digits of an 18-character number:
     * one of {@code 0-9} or upper-case {@code X}. Use it to build valid-looking numbers for demos
     * and tests.
     *
     * @param first17 exactly 17 digits (ASCII or full-width)
     * @return the check character
     * @throws IllegalArgumentException if {@code first17} is not 17 digits
     */
    public static char checkCharacter(CharSequence first17) {
        Objects.requireNonNull(first17, "first17");
        if (first17.length() != 17) {
            throw new IllegalArgumentException("The first part of a resident ID number must be 17 digits, got "
                    + first17.length() + " characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = Chars.normalise(first17.charAt(i));
            if (!Chars.isDigit(c)) {
                throw new IllegalArgumentException(
                        "The first 17 characters of a resident ID number must be digits; position " + (i + 1)
                                + " is not");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /**
     * Whether {@code value} is a valid resident ID number in the 18-character or the old 15-digit
     * form (see the class description). Surrounding or inner spaces make it invalid.
     *
     * @param value any text
     * @return {@code true} only for a valid number
     */
    public static boolean isValid(CharSequence value) {
        Objects.requireNonNull(value, "value");
        char[] n = Chars.normalise(value);
        return isValid(n, 0, n.length);
    }

    /**
     * Whether {@code value} is a valid 18-character number (check character included).
     *
     * @param value any text
     * @return {@code true} only for a valid 18-character number
     */
    public static boolean isValid18(CharSequence value) {
        Objects.requireNonNull(value, "value");
        char[] n = Chars.normalise(value);
        return n.length == 18 && valid18(n, 0);
    }

    /**
     * Whether {@code value} is a valid old-form 15-digit number.
     *
     * @param value any text
     * @return {@code true} only for a valid 15-digit number
     */
    public static boolean isValid15(CharSequence value) {
        Objects.requireNonNull(value, "value");
        char[] n = Chars.normalise(value);
        return n.length == 15 && valid15(n, 0);
    }

    /**
     * The public form of a resident ID number: first and last character kept, every other
     * character a {@code *}, same length (18 or 15). Text that is not a valid number is masked
     * all the same, every digit replaced by {@code *}, so a mistyped number never leaks either.
     *
     * @param value the number as stored
     * @return the masked form, e.g. {@code 1****************X}
     */
    public static String mask(String value) {
        Objects.requireNonNull(value, "value");
        String trimmed = value.strip();
        if (!isValid(trimmed)) {
            return Chars.starDigits(value);
        }
        return maskValid(Chars.normalise(trimmed), 0, trimmed.length());
    }

    static String maskValid(char[] n, int start, int end) {
        int len = end - start;
        return n[start] + Chars.stars(len - 2) + Character.toUpperCase(n[end - 1]);
    }

    static boolean isValid(char[] n, int start, int end) {
        int len = end - start;
        if (len == 18) {
            return valid18(n, start);
        }
        if (len == 15) {
            return valid15(n, start);
        }
        return false;
    }

    static boolean valid18(char[] n, int s) {
        for (int i = 0; i < 17; i++) {
            if (!Chars.isDigit(n[s + i])) {
                return false;
            }
        }
        if (!shaped18(n, s)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (n[s + i] - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(n[s + 17]) == CHECK_CHARACTERS.charAt(sum % 11);
    }

    /**
     * Region digit and birth date of an 18-character number are plausible (the check character is
     * not looked at). The text scanner leaves such numbers alone even when the check fails.
     */
    static boolean shaped18(char[] n, int s) {
        for (int i = 0; i < 17; i++) {
            if (!Chars.isDigit(n[s + i])) {
                return false;
            }
        }
        if (n[s] < '1' || n[s] > '8') {
            return false;
        }
        int year = number(n, s + 6, 4);
        return year >= 1900 && year <= 2099 && validDate(year, number(n, s + 10, 2), number(n, s + 12, 2));
    }

    static boolean valid15(char[] n, int s) {
        for (int i = 0; i < 15; i++) {
            if (!Chars.isDigit(n[s + i])) {
                return false;
            }
        }
        if (n[s] < '1' || n[s] > '8') {
            return false;
        }
        return validDate(1900 + number(n, s + 6, 2), number(n, s + 8, 2), number(n, s + 10, 2));
    }

    private static int number(char[] n, int s, int len) {
        int v = 0;
        for (int i = 0; i < len; i++) {
            v = v * 10 + (n[s + i] - '0');
        }
        return v;
    }

    private static boolean validDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int max;
        switch (month) {
            case 2:
                boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                max = leap ? 29 : 28;
                break;
            case 4:
            case 6:
            case 9:
            case 11:
                max = 30;
                break;
            default:
                max = 31;
        }
        return day <= max;
    }
}
