package org.weishi.spi.selection;

/**
 * The kind of ballot an election uses, named as Pabulib names them in {@code vote_type}.
 *
 * @since 0.1.0
 */
public enum BallotType {
    /** Each voter approves a set of projects ({@code approval}). */
    APPROVAL("approval"),
    /** Each voter approves exactly one project ({@code choose-1}); treated as approval with at most one project. */
    CHOOSE_ONE("choose-1"),
    /** Each voter spreads points over projects ({@code cumulative}); the ballot carries the points. */
    CUMULATIVE("cumulative"),
    /** Each voter ranks projects, most preferred first ({@code ordinal}). */
    ORDINAL("ordinal");

    private final String pabulibName;

    BallotType(String pabulibName) {
        this.pabulibName = pabulibName;
    }

    /** @return the name used in a Pabulib file's {@code vote_type}, e.g. {@code choose-1} */
    public String pabulibName() {
        return pabulibName;
    }

    /** @return true for approval and choose-1 ballots, where every supporter counts the same */
    public boolean isApprovalLike() {
        return this == APPROVAL || this == CHOOSE_ONE;
    }

    /**
     * @param name a {@code vote_type} value, case-insensitive
     * @return the type
     * @throws SelectionException when the name is not one of the four types
     */
    public static BallotType fromPabulib(String name) {
        for (BallotType t : values()) {
            if (t.pabulibName.equalsIgnoreCase(name.trim())) {
                return t;
            }
        }
        throw new SelectionException(
                "未知的投票类型 '" + name + "'，应为 approval、choose-1、cumulative 或 ordinal",
                "unknown vote type '" + name + "'; expected approval, choose-1, cumulative or ordinal");
    }
}
