package org.weishi.core.event;

import java.util.List;
import org.weishi.core.deliberation.FailOutcome;
import org.weishi.core.deliberation.PassRule;

/**
 * A council was constituted or reconstituted.
 *
 * @param scopeId its community
 * @param members member account ids
 * @param quorumNumerator quorum numerator
 * @param quorumDenominator quorum denominator
 * @param passRule pass rule
 * @param failOutcome fail outcome
 */
public record CouncilConstituted(String scopeId, List<String> members, int quorumNumerator, int quorumDenominator,
                                 PassRule passRule, FailOutcome failOutcome) implements DomainEvent {
    /** Copies. */
    public CouncilConstituted {
        members = List.copyOf(members);
    }

    @Override
    public String aggregateId() {
        return scopeId;
    }
}
