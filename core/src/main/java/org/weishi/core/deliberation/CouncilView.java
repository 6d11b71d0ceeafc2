package org.weishi.core.deliberation;

import java.util.List;

/**
 * A residents' council as constituted.
 *
 * @param scopeId its community
 * @param members member account ids
 * @param quorumNumerator quorum as a fraction of members: numerator (2 in "two thirds")
 * @param quorumDenominator denominator (3 in "two thirds")
 * @param passRule when an item passes
 * @param failOutcome what a failing vote does
 * @param version the council stream's version
 */
public record CouncilView(String scopeId, List<String> members, int quorumNumerator, int quorumDenominator,
                          PassRule passRule, FailOutcome failOutcome, long version) {
    /** Copies. */
    public CouncilView {
        members = List.copyOf(members);
    }

    /** @return members needed for a quorum: ceil(members × numerator / denominator) */
    public int quorum() {
        return (members.size() * quorumNumerator + quorumDenominator - 1) / quorumDenominator;
    }
}
