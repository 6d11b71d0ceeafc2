package org.weishi.core.disclosure;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of redacting one text: the public text and the list of what was masked, in text
 * order. A redaction never holds the removed values; its {@link #toString()} shows only counts,
 * so it may be logged.
 *
 * @param text the public text (equal to the input when nothing was found)
 * @param findings what was masked, ordered by position, never overlapping; unmodifiable
 * @since 0.1.0
 */
public record Redaction(String text, List<Finding> findings) {

    /**
     * One masked span.
     *
     * @param kind what kind of personal information it was
     * @param start offset of the first char in the input text
     * @param end offset after the last char in the input text
     * @param redactedStart offset of the replacement in {@link Redaction#text()}
     * @param redactedEnd offset after the replacement in {@link Redaction#text()}
     * @since 0.1.0
     */
    public record Finding(PiiKind kind, int start, int end, int redactedStart, int redactedEnd) {

        /**
         * Checks the kind is present and both spans are well-formed.
         *
         * @param kind what kind of personal information it was
         * @param start offset of the first char in the input text
         * @param end offset after the last char in the input text
         * @param redactedStart offset of the replacement in the public text
         * @param redactedEnd offset after the replacement in the public text
         * @throws IllegalArgumentException if a span is negative or reversed, or the input span empty
         */
        public Finding {
            Objects.requireNonNull(kind, "kind");
            if (start < 0 || end <= start || redactedStart < 0 || redactedEnd < redactedStart) {
                throw new IllegalArgumentException("A finding needs 0 <= start < end and 0 <= redactedStart <= "
                        + "redactedEnd, got [" + start + ", " + end + ") -> [" + redactedStart + ", "
                        + redactedEnd + ")");
            }
        }

        /**
         * The length of the masked span in the input.
         *
         * @return {@code end - start}
         */
        public int length() {
            return end - start;
        }

        @Override
        public String toString() {
            return kind + "[" + start + "," + end + ")->[" + redactedStart + "," + redactedEnd + ")";
        }
    }

    /**
     * Copies the findings; both components must be present.
     *
     * @param text the public text
     * @param findings what was masked, in text order
     */
    public Redaction {
        Objects.requireNonNull(text, "text");
        findings = List.copyOf(findings);
    }

    /**
     * Whether anything was masked.
     *
     * @return {@code true} when {@link #findings()} is not empty
     */
    public boolean changed() {
        return !findings.isEmpty();
    }

    /**
     * How many spans of the given kind were masked.
     *
     * @param kind the kind to count
     * @return the count, 0 if none
     */
    public int count(PiiKind kind) {
        Objects.requireNonNull(kind, "kind");
        int c = 0;
        for (Finding f : findings) {
            if (f.kind() == kind) {
                c++;
            }
        }
        return c;
    }

    /**
     * The number of masked spans per kind, only kinds that occur, in enum order.
     *
     * @return an unmodifiable map
     */
    public Map<PiiKind, Integer> counts() {
        Map<PiiKind, Integer> counts = new EnumMap<>(PiiKind.class);
        for (Finding f : findings) {
            counts.merge(f.kind(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /** Counts only, e.g. {@code Redaction[length=120, MOBILE=1, NAME=2]}; never the text. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Redaction[length=").append(text.length());
        Map<PiiKind, Integer> counts = new EnumMap<>(PiiKind.class);
        for (Finding f : findings) {
            counts.merge(f.kind(), 1, Integer::sum);
        }
        counts.forEach((k, v) -> b.append(", ").append(k).append('=').append(v));
        return b.append(']').toString();
    }
}
