package org.weishi.core.event;

import org.weishi.core.budget.FlowKind;

/**
 * Money arrived in an envelope from another envelope (allocation down the tree or transfer).
 *
 * @param envelopeId the envelope the money arrived in
 * @param fromEnvelopeId where it came from
 * @param kind allocation or transfer
 * @param amountFen the amount in fen, positive
 * @param reason why, or null
 */
public record FundsMovedIn(String envelopeId, String fromEnvelopeId, FlowKind kind, long amountFen, String reason) implements DomainEvent {
    @Override
    public String aggregateId() {
        return envelopeId;
    }
}
