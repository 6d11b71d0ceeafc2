package org.weishi.core.event;

import org.weishi.core.lifecycle.DemandAction;
import org.weishi.core.lifecycle.DemandState;

/**
 * A demand moved through its lifecycle.
 *
 * @param demandId the demand
 * @param action the action taken
 * @param from the state before
 * @param to the state after
 * @param reason why, or null
 * @param relatedId the project (adopt, resolve, release) or demand (merge) involved, or null
 */
public record DemandTransitioned(String demandId, DemandAction action, DemandState from, DemandState to,
                                 String reason, String relatedId) implements DomainEvent {
    @Override
    public String aggregateId() {
        return demandId;
    }
}
