package org.weishi.core.disclosure;

import java.util.Objects;

/**
 * Bank card numbers (银行卡号): 16–19 digits, not starting with 0, passing the Luhn check.
 * Spaces and dashes between digits are allowed. Masking keeps the last 4 digits in a fixed-width
 * form, {@code **** **** **** 1234}, whatever the card's length, so the length is not disclosed
 * either.
 *
 * @since 0.1.0
 */
public final class BankCardNumber {

    private BankCardNumber() {
    }

    /**
     * Whether {@code value} (digits, optionally separated by spaces or dashes) is a card number:
     * 16–19 digits, first digit not 0, Luhn check passes.
     *
     * @param value any text
     * @return {@code true} for a plausible card number
     */
    public static boolean isValid(CharSequence value) {
        Objects.requireNonNull(value, "value");
        if (!onlyDigitsAndSeparators(value)) {
            return false;
        }
        char[] d = Chars.digitsOf(value).toCharArray();
        return d.length >= 16 && d.length <= 19 && d[0] != '0' && luhn(d, 0, d.length);
    }

    /**
     * Whether the digits of {@code digits} pass the Luhn (mod 10) check. Non-digits are ignored;
     * an input without digits fails.
     *
     * @param digits the number
     * @return {@code true} when the Luhn sum is a multiple of 10
     */
    public static boolean isLuhnValid(CharSequence digits) {
        Objects.requireNonNull(digits, "digits");
        char[] d = Chars.digitsOf(digits).toCharArray();
        return d.length > 0 && luhn(d, 0, d.length);
    }

    /**
     * The public form: {@code **** **** **** } followed by the last 4 digits. Text that is not a
     * valid card number is masked with every digit replaced by {@code *}.
     *
     * @param value the card number as stored
     * @return the masked form, e.g. {@code **** **** **** 1234}
     */
    public static String mask(String value) {
        Objects.requireNonNull(value, "value");
        if (!isValid(value.strip())) {
            return Chars.starDigits(value);
        }
        String d = Chars.digitsOf(value);
        return maskedLast4(d.substring(d.length() - 4));
    }

    static String maskedLast4(String last4) {
        return "**** **** **** " + last4;
    }

    /** Luhn over the digit chars {@code d[start..end)} (all must be ASCII digits). */
    static boolean luhn(char[] d, int start, int end) {
        int sum = 0;
        boolean twice = false;
        for (int i = end - 1; i >= start; i--) {
            int v = d[i] - '0';
            if (twice) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static boolean onlyDigitsAndSeparators(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = Chars.normalise(value.charAt(i));
            if (!Chars.isDigit(c) && c != ' ' && c != '-') {
                return false;
            }
        }
        return true;
    }
}
