package org.weishi.spi.selection;

/**
 * How a rule orders projects that are exactly tied (equal votes for greedy, equal price per unit
 * of utility for the Method of Equal Shares). Every order ends with the project id as text,
 * ascending, so the outcome is always deterministic.
 *
 * @since 0.1.0
 */
public enum TieBreak {
    /** Project ids compared as text (UTF-16 code units), ascending; pabutools' default. */
    ID_ASCENDING("id"),
    /** The project with more supporters (non-empty ballot entries) first, then by id. */
    MOST_SUPPORTERS("support"),
    /** The cheaper project first, then by id. */
    LOWEST_COST("min-cost"),
    /** The more expensive project first, then by id. */
    HIGHEST_COST("max-cost");

    private final String key;

    TieBreak(String key) {
        this.key = key;
    }

    /** @return the name used on the command line, e.g. {@code id} */
    public String key() {
        return key;
    }

    /**
     * @param key {@code id}, {@code support}, {@code min-cost} or {@code max-cost}
     * @return the tie-breaking
     * @throws SelectionException for any other key
     */
    public static TieBreak fromKey(String key) {
        for (TieBreak t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        throw new SelectionException("未知的平局处理方式 '" + key + "'，应为 id、support、min-cost 或 max-cost",
                "unknown tie-break '" + key + "'; expected id, support, min-cost or max-cost");
    }
}
