package org.weishi.core.deliberation;

/** When an agenda item passes, given the votes of a quorate meeting. */
public enum PassRule {
    /** More than half of the members present vote for it (the common rule). */
    MORE_THAN_HALF_OF_PRESENT,
    /** At least two thirds of the members present vote for it. */
    TWO_THIRDS_OF_PRESENT,
    /** More than half of all members vote for it. */
    MORE_THAN_HALF_OF_MEMBERS;

    /**
     * @param votesFor votes for
     * @param present members present
     * @param members all members
     * @return whether the item passes
     */
    public boolean passes(int votesFor, int present, int members) {
        return switch (this) {
            case MORE_THAN_HALF_OF_PRESENT -> 2 * votesFor > present;
            case TWO_THIRDS_OF_PRESENT -> 3 * votesFor >= 2 * present;
            case MORE_THAN_HALF_OF_MEMBERS -> 2 * votesFor > members;
        };
    }
}
