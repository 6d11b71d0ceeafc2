package org.weishi.core.event;

import org.weishi.core.budget.FundingSource;

/**
 * Money entered an envelope from a funding source.
 *
 * @param envelopeId the envelope
 * @param source where the money came from
 * @param amountFen the amount in fen, positive
 * @param reference the budget document or donation reference, or null
 */
public record EnvelopeFunded(String envelopeId, FundingSource source, long amountFen, String reference) implements DomainEvent {
    @Override
    public String aggregateId() {
        return envelopeId;
    }
}
