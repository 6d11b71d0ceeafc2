package org.weishi.plugins.storage.jdbc.internal;

import java.util.Map;
import java.util.TreeMap;

/**
 * Encodes a flat map of strings as a JSON object and back: the vault's row format. Small on
 * purpose, so the plug-in needs no JSON library; it reads only what {@link #write} writes (and any
 * other flat object of strings).
 */
public final class FlatJson {
    private FlatJson() {
    }

    /**
     * @param fields names to values, none null
     * @return a JSON object, keys sorted
     */
    public static String write(Map<String, String> fields) {
        StringBuilder b = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, String> e : new TreeMap<>(fields).entrySet()) {
            if (!first) b.append(',');
            first = false;
            string(b, e.getKey());
            b.append(':');
            string(b, e.getValue());
        }
        return b.append('}').toString();
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        b.append('"');
    }

    /**
     * @param json a flat JSON object whose values are strings
     * @return the map, unmodifiable
     * @throws IllegalArgumentException when the text is not such an object
     */
    public static Map<String, String> read(String json) {
        Parser p = new Parser(json);
        Map<String, String> out = new TreeMap<>();
        p.skip();
        p.expect('{');
        p.skip();
        if (p.peek() == '}') {
            p.pos++;
        } else {
            while (true) {
                p.skip();
                String k = p.string();
                p.skip();
                p.expect(':');
                p.skip();
                out.put(k, p.string());
                p.skip();
                char c = p.next();
                if (c == '}') break;
                if (c != ',') throw p.bad("',' or '}'");
            }
        }
        p.skip();
        if (p.pos != json.length()) throw p.bad("end of text");
        return Map.copyOf(out);
    }

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        char peek() {
            if (pos >= s.length()) throw bad("more text");
            return s.charAt(pos);
        }

        char next() {
            char c = peek();
            pos++;
            return c;
        }

        void skip() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
        }

        void expect(char c) {
            if (next() != c) throw bad("'" + c + "'");
        }

        String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') return b.toString();
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = next();
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        if (pos + 4 > s.length()) throw bad("four hex digits");
                        b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> throw bad("an escape");
                }
            }
        }

        IllegalArgumentException bad(String expected) {
            // Never quote the text: it holds personal data.
            return new IllegalArgumentException("malformed personal-data record: expected " + expected + " at offset " + pos);
        }
    }
}
