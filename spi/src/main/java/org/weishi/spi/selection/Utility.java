package org.weishi.spi.selection;

/**
 * How much a voter gains from a funded project, as the Method of Equal Shares measures it.
 *
 * @since 0.1.0
 */
public enum Utility {
    /** A supporter's utility is the project's cost (the default for approval ballots). */
    COST("cost"),
    /** A supporter's utility is 1. */
    COUNT("count"),
    /** A supporter's utility is the points given (cumulative ballots; the default for them). */
    POINTS("points"),
    /**
     * A supporter's utility is the Borda score of the project on an ordinal ballot (the default for
     * them), as pabutools defines it: on a ballot ranking {@code L} projects, the first scores
     * {@code L - 1}, the second {@code L - 2}, …, the last 0 (so the last-ranked project gives no
     * utility). Greedy ranks ordinal ballots by a different score, see the rule's description.
     */
    BORDA("borda");

    private final String key;

    Utility(String key) {
        this.key = key;
    }

    /** @return the name used on the command line, e.g. {@code cost} */
    public String key() {
        return key;
    }

    /**
     * @param type a ballot type
     * @return the default utility for it: cost for approval and choose-1, points for cumulative,
     *     borda for ordinal
     */
    public static Utility defaultFor(BallotType type) {
        return switch (type) {
            case APPROVAL, CHOOSE_ONE -> COST;
            case CUMULATIVE -> POINTS;
            case ORDINAL -> BORDA;
        };
    }

    /**
     * @param key {@code cost}, {@code count}, {@code points} or {@code borda}
     * @return the utility
     * @throws SelectionException for any other key
     */
    public static Utility fromKey(String key) {
        for (Utility u : values()) {
            if (u.key.equals(key)) {
                return u;
            }
        }
        throw new SelectionException("未知的效用 '" + key + "'，应为 cost、count、points 或 borda",
                "unknown utility '" + key + "'; expected cost, count, points or borda");
    }
}
