package org.weishi.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON the engine writes for a flat record (components of type {@code String},
 * {@code int}, {@code long}, {@code boolean}, an enum, {@link Instant} or {@code List<String>})
 * from the tokens of Jackson's streaming {@link JsonParser} straight into the record, without
 * databind's per-document machinery (its deserialization context, a property buffer, the creator
 * and per-property deserializers): a replay reads two documents per event, and that machinery cost
 * more than the reading itself.
 *
 * <p>It only answers when the answer is certainly what {@link Json#read} gives: the document must be
 * one object holding every component exactly once and nothing else (nothing after it either), each
 * value of the component's JSON type (a string for a string, an enum constant's name or an
 * ISO-8601 UTC instant; an integer in range for a number; {@code null} only for reference types).
 * The parser comes from {@link Json#MAPPER}'s own factory, so what it refuses (raw control
 * characters, leading zeros, bad escapes) databind refuses too. For anything else, and when the
 * record's constructor refuses the values, {@link #read} returns null and the caller asks databind,
 * which then decides (or throws) as it always did.
 *
 * @param <T> the record type
 */
final class RecordJson<T extends Record> {
    private enum Kind { STRING, INT, LONG, BOOLEAN, ENUM, INSTANT, STRING_LIST }

    private final Constructor<T> constructor;
    private final String[] names;
    private final Kind[] kinds;
    private final Object[][] constants;
    private static final int MAX_LENGTH = 1_000_000;
    /** The mapper's own factory: the same parser features, so the same tokens, as {@link Json#read}. */
    private static final JsonFactory JSON = Json.MAPPER.getFactory();
    private static final Object INVALID = new Object();

    private RecordJson(Constructor<T> constructor, String[] names, Kind[] kinds, Class<?>[] types) {
        this.constructor = constructor;
        this.names = names;
        this.kinds = kinds;
        this.constants = new Object[types.length][];
        for (int i = 0; i < types.length; i++) constants[i] = types[i].isEnum() ? types[i].getEnumConstants() : null;
    }

    /**
     * @param type any class
     * @return a reader, or null when it is not a record this class reads
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static RecordJson<?> forClass(Class<?> type) {
        return type.isRecord() ? of((Class) type) : null;
    }

    /**
     * @param type a record type
     * @param <T> the type
     * @return a reader, or null when a component has a type this class does not read
     */
    static <T extends Record> RecordJson<T> of(Class<T> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components.length > 31) return null; // one bit per component below
        String[] names = new String[components.length];
        Kind[] kinds = new Kind[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> t = components[i].getType();
            names[i] = components[i].getName();
            types[i] = t;
            if (t == String.class) kinds[i] = Kind.STRING;
            else if (t == int.class) kinds[i] = Kind.INT;
            else if (t == long.class) kinds[i] = Kind.LONG;
            else if (t == boolean.class) kinds[i] = Kind.BOOLEAN;
            else if (t.isEnum()) kinds[i] = Kind.ENUM;
            else if (t == Instant.class) kinds[i] = Kind.INSTANT;
            else if (t == List.class && isListOfString(components[i].getGenericType())) kinds[i] = Kind.STRING_LIST;
            else return null;
        }
        try {
            Constructor<T> c = type.getDeclaredConstructor(types);
            // Without it every call checks the caller's access (a stack walk): a tenth of decoding.
            c.setAccessible(true);
            return new RecordJson<>(c, names, kinds, types);
        } catch (NoSuchMethodException | RuntimeException e) {
            return null; // not readable this way: Jackson reads it
        }
    }

    private static boolean isListOfString(Type t) {
        return t instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] == String.class;
    }

    /**
     * @param json a JSON document
     * @return the record, or null when Jackson has to decide (see the class comment)
     */
    T read(String json) {
        // Jackson refuses strings over its length limit (20 million characters); such a document
        // is not one the engine wrote, so let Jackson have it.
        if (json.length() > MAX_LENGTH) return null;
        Object[] args = new Object[names.length];
        int seen = 0;
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            int expected = 0;
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                int field = fieldIndex(p.currentName(), expected);
                if (field < 0 || (seen & (1 << field)) != 0) return null; // unknown or repeated: Jackson decides
                seen |= 1 << field;
                expected = field + 1;
                Object v = value(p, p.nextToken(), field);
                if (v == INVALID) return null;
                args[field] = v;
            }
            // One object and nothing after it (databind would ignore trailing tokens; we step aside).
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) return null;
        } catch (IOException | RuntimeException malformed) {
            return null; // Jackson reports it in its own words
        }
        if (seen != (1 << names.length) - 1) return null;
        try {
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException | RuntimeException refused) {
            return null; // Jackson reports it in its own words
        }
    }

    /**
     * @param name a field name (unescaped by the parser, as databind sees it)
     * @param expected the index to try first: the engine writes components in order
     * @return its index among the components, or -1
     */
    private int fieldIndex(String name, int expected) {
        for (int k = 0; k < names.length; k++) {
            int f = expected + k < names.length ? expected + k : expected + k - names.length;
            if (names[f].equals(name)) return f;
        }
        return -1;
    }

    /**
     * @param p the parser, at the value's first token
     * @param t that token
     * @return the value, or {@link #INVALID} when databind might read it otherwise or refuse it
     */
    private Object value(JsonParser p, JsonToken t, int field) throws IOException {
        Kind kind = kinds[field];
        if (t == JsonToken.VALUE_NULL) {
            // databind gives 0/false for a null primitive; only answer for reference types
            return kind == Kind.INT || kind == Kind.LONG || kind == Kind.BOOLEAN ? INVALID : null;
        }
        switch (kind) {
            case STRING:
                return t == JsonToken.VALUE_STRING ? p.getText() : INVALID; // no coercion from other scalars
            case INT:
                // Not a fraction (databind truncates), not out of int range (databind refuses).
                return t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                        ? (Object) p.getIntValue() : INVALID;
            case LONG: {
                if (t != JsonToken.VALUE_NUMBER_INT) return INVALID;
                JsonParser.NumberType n = p.getNumberType();
                return n == JsonParser.NumberType.INT || n == JsonParser.NumberType.LONG ? (Object) p.getLongValue() : INVALID;
            }
            case BOOLEAN:
                return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : INVALID;
            case ENUM: {
                if (t != JsonToken.VALUE_STRING) return INVALID;
                String name = p.getText();
                for (Object constant : constants[field]) {
                    if (((Enum<?>) constant).name().equals(name)) return constant;
                }
                return INVALID;
            }
            case INSTANT: {
                if (t != JsonToken.VALUE_STRING) return INVALID;
                Instant at = parseUtcInstant(p.getText());
                return at == null ? INVALID : at;
            }
            case STRING_LIST: {
                if (t != JsonToken.START_ARRAY) return INVALID;
                List<String> list = new ArrayList<>();
                JsonToken e;
                while ((e = p.nextToken()) == JsonToken.VALUE_STRING) list.add(p.getText());
                return e == JsonToken.END_ARRAY ? list : INVALID; // null elements too: let Jackson decide
            }
            default:
                return INVALID;
        }
    }

    /**
     * Parses {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, the form {@link Instant#toString()} and Jackson
     * write for years 0000-9999, to the instant {@link Instant#parse} gives.
     *
     * @param s text
     * @return the instant, or null when the text has another form (let a general parser decide)
     */
    static Instant parseUtcInstant(String s) {
        int n = s.length();
        if (n < 20 || n > 30 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-'
                || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            // ".f" to ".fffffffff" before the Z
            int fractionDigits = n - 21;
            if (s.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) return null;
            int f = digits(s, 20, fractionDigits);
            if (f < 0) return null;
            nanos = f;
            for (int i = fractionDigits; i < 9; i++) nanos *= 10;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException invalidDate) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
