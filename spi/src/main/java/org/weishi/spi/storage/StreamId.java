package org.weishi.spi.storage;

import java.util.Objects;

/**
 * Names one stream of events: the events of one aggregate, e.g. {@code project/P-2021-0001}.
 *
 * @param type the aggregate type, lowercase, e.g. {@code project}, {@code demand}, {@code envelope}
 * @param id the aggregate's id within its type
 */
public record StreamId(String type, String id) implements Comparable<StreamId> {
    /** Validates the parts. */
    public StreamId {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (!isType(type)) {
            throw new IllegalArgumentException("stream type '" + type + "' must be lowercase letters, digits, dashes");
        }
        if (id.isBlank() || id.length() > 128 || id.indexOf('/') >= 0) {
            throw new IllegalArgumentException("stream id '" + id + "' must be 1-128 characters without '/'");
        }
    }

    // [a-z][a-z0-9-]{0,31}, checked without a regex: every event read from a store builds a
    // StreamId, and a replay reads millions.
    private static boolean isType(String type) {
        int n = type.length();
        if (n == 0 || n > 32) return false;
        char first = type.charAt(0);
        if (first < 'a' || first > 'z') return false;
        for (int i = 1; i < n; i++) {
            char c = type.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) return false;
        }
        return true;
    }

    /**
     * @param text {@code type/id}
     * @return the stream id
     */
    public static StreamId parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) throw new IllegalArgumentException("'" + text + "' is not type/id");
        return new StreamId(text.substring(0, slash), text.substring(slash + 1));
    }

    @Override
    public int compareTo(StreamId o) {
        int c = type.compareTo(o.type);
        return c != 0 ? c : id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return type + "/" + id;
    }
}
