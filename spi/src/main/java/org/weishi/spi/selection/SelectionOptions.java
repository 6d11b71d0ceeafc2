package org.weishi.spi.selection;

import java.util.Objects;
import java.util.Optional;

/**
 * Options for one run of a rule. A rule ignores options that do not apply to it.
 *
 * @param utility the utility for the Method of Equal Shares, or null for the ballot type's default
 *     ({@link Utility#defaultFor})
 * @param tieBreak how exact ties are broken
 * @param minSupport projects supported by fewer ballots than this are never funded; 0 for none
 * @since 0.1.0
 */
public record SelectionOptions(Utility utility, TieBreak tieBreak, long minSupport) {
    /** The defaults: the ballot type's utility, ids ascending, no minimum support. */
    public static final SelectionOptions DEFAULTS = new SelectionOptions(null, TieBreak.ID_ASCENDING, 0);

    /**
     * Validates the parts.
     *
     * @throws SelectionException when the minimum support is negative
     */
    public SelectionOptions {
        Objects.requireNonNull(tieBreak, "tieBreak");
        if (minSupport < 0) {
            throw new SelectionException("最低支持票数 " + minSupport + " 不能为负数",
                    "minimum support " + minSupport + " must not be negative");
        }
    }

    /** @return the chosen utility, if one was chosen */
    public Optional<Utility> chosenUtility() {
        return Optional.ofNullable(utility);
    }

    /**
     * @param type the election's ballot type
     * @return the chosen utility or the type's default
     */
    public Utility utilityFor(BallotType type) {
        return utility != null ? utility : Utility.defaultFor(type);
    }

    /**
     * @param utility the utility
     * @return a copy with it
     */
    public SelectionOptions withUtility(Utility utility) {
        return new SelectionOptions(utility, tieBreak, minSupport);
    }

    /**
     * @param tieBreak the tie-breaking
     * @return a copy with it
     */
    public SelectionOptions withTieBreak(TieBreak tieBreak) {
        return new SelectionOptions(utility, tieBreak, minSupport);
    }

    /**
     * @param minSupport the minimum number of supporting ballots
     * @return a copy with it
     */
    public SelectionOptions withMinSupport(long minSupport) {
        return new SelectionOptions(utility, tieBreak, minSupport);
    }
}
