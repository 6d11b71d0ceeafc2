package org.weishi.core.event;


/**
 * Released money (结余) was re-planned: moved back into the envelope's available money by an officer.
 *
 * @param envelopeId the envelope
 * @param amountFen the amount in fen, positive
 * @param reason why, or null
 */
public record ReleasedFundsReplanned(String envelopeId, long amountFen, String reason) implements DomainEvent {
    @Override
    public String aggregateId() {
        return envelopeId;
    }
}
