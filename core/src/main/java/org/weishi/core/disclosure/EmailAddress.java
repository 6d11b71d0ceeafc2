package org.weishi.core.disclosure;

import java.util.Objects;

/**
 * E-mail addresses: masking keeps the first character of the local part and the whole domain,
 * {@code zhangsan@example.com → z***@example.com}; the domain (often a public provider) is kept so
 * readers still see that an address was given.
 *
 * @since 0.1.0
 */
public final class EmailAddress {

    private EmailAddress() {
    }

    /**
     * Whether {@code value} is one e-mail address: a local part of letters, digits and
     * {@code . _ % + -}, an {@code @}, and a domain with at least one dot and a top-level label of
     * 2 or more letters.
     *
     * @param value any text
     * @return {@code true} for an address
     */
    public static boolean isValid(CharSequence value) {
        Objects.requireNonNull(value, "value");
        char[] n = Chars.normalise(value.toString().strip());
        int at = -1;
        for (int i = 0; i < n.length; i++) {
            if (n[i] == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        if (at <= 0) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            if (!isLocalChar(n[i])) {
                return false;
            }
        }
        return domainEnd(n, at + 1) == n.length;
    }

    /**
     * The public form {@code z***@example.com}. Text that is not an e-mail address is masked
     * entirely ({@code ***}).
     *
     * @param value the address as stored
     * @return the masked form
     */
    public static String mask(String value) {
        Objects.requireNonNull(value, "value");
        String s = value.strip();
        if (!isValid(s)) {
            return "***";
        }
        char[] n = Chars.normalise(s);
        int at = 0;
        while (n[at] != '@') {
            at++;
        }
        return mask(n, 0, at, n.length);
    }

    static String mask(char[] n, int start, int at, int end) {
        return n[start] + "***@" + new String(n, at + 1, end - at - 1);
    }

    static boolean isLocalChar(char c) {
        return Chars.isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    /**
     * Scans a domain starting at {@code from}; returns the end (exclusive) of the longest valid
     * domain there, or -1. Labels are letters, digits and dashes; the last label has 2+ letters.
     */
    static int domainEnd(char[] n, int from) {
        int i = from;
        int labels = 0;
        int validEnd = -1;
        while (true) {
            int labelStart = i;
            boolean allLetters = true;
            while (i < n.length && (Chars.isAsciiAlnum(n[i]) || n[i] == '-')) {
                if (!Chars.isAsciiLetter(n[i])) {
                    allLetters = false;
                }
                i++;
            }
            int labelLen = i - labelStart;
            if (labelLen == 0) {
                return validEnd;
            }
            labels++;
            if (labels >= 2 && allLetters && labelLen >= 2) {
                validEnd = i;
            }
            if (i + 1 < n.length && n[i] == '.' && Chars.isAsciiAlnum(n[i + 1])) {
                i++;
            } else {
                return validEnd;
            }
        }
    }
}
