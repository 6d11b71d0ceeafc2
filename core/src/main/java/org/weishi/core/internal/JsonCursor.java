package org.weishi.core.internal;

/**
 * A position in a JSON text, for readers that know the shape they expect (see {@link RecordJson});
 * every method skips JSON whitespace first, and answers {@link #INVALID} (or false, or
 * {@link #NO_NUMBER}) instead of throwing when the text is not what was asked for.
 */
final class JsonCursor {
    static final Object INVALID = new Object();
    static final long NO_NUMBER = Long.MIN_VALUE;
    private final String s;
    private int i;

    JsonCursor(String s) {
        this(s, 0);
    }

    /**
     * @param s the text
     * @param at where to start
     */
    JsonCursor(String s, int at) {
        this.s = s;
        this.i = at;
    }

    /** @return the current offset */
    int offset() {
        return i;
    }

    private void skip() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
            i++;
        }
    }

    boolean take(char expected) {
        skip();
        if (i < s.length() && s.charAt(i) == expected) {
            i++;
            return true;
        }
        return false;
    }

    /**
     * @param end an offset
     * @return whether, after whitespace, something stands before {@code end}
     */
    boolean hasBefore(int end) {
        skip();
        return i < end;
    }

    boolean atEnd() {
        skip();
        return i == s.length();
    }

    boolean takeNull() {
        skip();
        if (s.startsWith("null", i)) {
            i += 4;
            return true;
        }
        return false;
    }

    Object bool() {
        skip();
        if (s.startsWith("true", i)) {
            i += 4;
            return Boolean.TRUE;
        }
        if (s.startsWith("false", i)) {
            i += 5;
            return Boolean.FALSE;
        }
        return INVALID;
    }

    /**
     * @param names the record's component names
     * @param expected the index to try first: the engine writes components in order
     * @return the index of the field name here among {@code names} (unescaped names only), or -1
     */
    int fieldIndex(String[] names, int expected) {
        skip();
        if (i >= s.length() || s.charAt(i) != '"') return -1;
        int start = i + 1;
        for (int k = 0; k < names.length; k++) {
            int f = expected + k < names.length ? expected + k : expected + k - names.length;
            String name = names[f];
            int end = start + name.length();
            if (end < s.length() && s.charAt(end) == '"' && s.regionMatches(start, name, 0, name.length())) {
                i = end + 1;
                return f;
            }
        }
        return -1; // unknown, or escaped: Jackson decides
    }

    /** @return the string here, or {@link #INVALID} */
    Object string() {
        skip();
        if (i >= s.length() || s.charAt(i) != '"') return INVALID;
        int start = ++i;
        StringBuilder b = null;
        int from = start;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                String out = b == null ? s.substring(start, i) : b.append(s, from, i).toString();
                i++;
                return out;
            }
            if (c < 0x20) return INVALID;
            if (c == '\\') {
                if (b == null) b = new StringBuilder(i - start + 16);
                b.append(s, from, i);
                if (++i >= s.length()) return INVALID;
                char e = s.charAt(i);
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        if (i + 4 >= s.length()) return INVALID;
                        int v = 0;
                        for (int k = 1; k <= 4; k++) {
                            int d = Character.digit(s.charAt(i + k), 16);
                            if (d < 0) return INVALID;
                            v = v * 16 + d;
                        }
                        b.append((char) v);
                        i += 4;
                    }
                    default -> {
                        return INVALID;
                    }
                }
                from = i + 1;
            }
            i++;
        }
        return INVALID;
    }

    /**
     * @return the integer here, or {@link #NO_NUMBER} (fraction, exponent, leading zero, minus
     *         zero, out of range)
     */
    long integer() {
        skip();
        int start = i;
        if (i < s.length() && s.charAt(i) == '-') i++;
        int digitsStart = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        int count = i - digitsStart;
        if (count == 0 || count > 19 || (count > 1 && s.charAt(digitsStart) == '0')) return NO_NUMBER;
        if (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == 'e' || s.charAt(i) == 'E')) return NO_NUMBER;
        if (digitsStart > start && count == 1 && s.charAt(digitsStart) == '0') return NO_NUMBER;
        try {
            return Long.parseLong(s, start, i, 10);
        } catch (NumberFormatException outOfRange) {
            return NO_NUMBER;
        }
    }
}
