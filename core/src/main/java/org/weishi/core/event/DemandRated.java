package org.weishi.core.event;

/**
 * The submitter rated the result.
 *
 * @param demandId the demand
 * @param satisfaction 1 to 5
 * @param comment optional comment
 */
public record DemandRated(String demandId, int satisfaction, String comment) implements DomainEvent {
    @Override
    public String aggregateId() {
        return demandId;
    }
}
