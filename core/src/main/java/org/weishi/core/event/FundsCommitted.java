package org.weishi.core.event;


/**
 * Money was committed to a project on its approval (立项), in the same atomic append as the approval.
 *
 * @param envelopeId the envelope
 * @param projectId the project
 * @param amountFen the amount in fen, positive
 */
public record FundsCommitted(String envelopeId, String projectId, long amountFen) implements DomainEvent {
    @Override
    public String aggregateId() {
        return envelopeId;
    }
}
