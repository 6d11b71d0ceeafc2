package org.weishi.core.event;

import org.weishi.spi.Channel;

/**
 * A demand was raised.
 *
 * @param demandId the new demand's id
 * @param channel the channel
 * @param category category code
 * @param scopeId the scope it concerns
 * @param title short title
 * @param description the need (free text; redacted before publication)
 * @param beneficiaries people it would help
 * @param personKey the submitter's key in the personal-data vault
 */
public record DemandSubmitted(String demandId, Channel channel, String category, String scopeId, String title,
                              String description, int beneficiaries, String personKey) implements DomainEvent {
    @Override
    public String aggregateId() {
        return demandId;
    }
}
