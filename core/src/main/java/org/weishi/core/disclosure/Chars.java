package org.weishi.core.disclosure;

/** Character helpers shared by the detectors (package-private). */
final class Chars {

    private Chars() {
    }

    /**
     * Maps full-width digits, letters and the few punctuation marks the detectors care about to
     * their ASCII forms, one char for one char, so offsets in the result are offsets in the input.
     */
    static char[] normalise(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = normalise(text.charAt(i));
        }
        return out;
    }

    static char normalise(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            // full-width ASCII block (０-９, Ａ-Ｚ, ａ-ｚ, ＋, －, ＠, ．, （, ）, ：)
            return (char) (c - 0xFEE0);
        }
        switch (c) {
            case '\u3000': // ideographic space
            case '\u00A0': // no-break space
                return ' ';
            case '\u2010': // hyphen
            case '\u2011': // non-breaking hyphen
            case '\u2012': // figure dash
            case '\u2013': // en dash
            case '\u2014': // em dash
            case '\u2212': // minus sign
                return '-';
            default:
                return c;
        }
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiAlnum(char c) {
        return isDigit(c) || isAsciiLetter(c);
    }

    /** CJK unified ideographs (basic block and extension A), the characters of Chinese names. */
    static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');
    }

    static String stars(int n) {
        return "*".repeat(Math.max(0, n));
    }

    /** Replaces every digit (ASCII or full-width) with '*', the fallback that never leaks. */
    static String starDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(isDigit(normalise(c)) ? '*' : c);
        }
        return b.toString();
    }

    /** The ASCII digits of {@code s} in order (full-width digits included), nothing else. */
    static String digitsOf(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = normalise(s.charAt(i));
            if (isDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
