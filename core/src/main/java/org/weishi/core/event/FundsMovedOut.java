package org.weishi.core.event;

import org.weishi.core.budget.FlowKind;

/**
 * Available money left an envelope for another envelope (allocation down the tree or transfer).
 *
 * @param envelopeId the envelope the money left
 * @param toEnvelopeId where it went
 * @param kind allocation or transfer
 * @param amountFen the amount in fen, positive
 * @param reason why, or null
 */
public record FundsMovedOut(String envelopeId, String toEnvelopeId, FlowKind kind, long amountFen, String reason) implements DomainEvent {
    @Override
    public String aggregateId() {
        return envelopeId;
    }
}
