package org.weishi.core.event;

import java.util.Objects;

/**
 * An amount drawn from one envelope, in fen: one line of a project's funding plan, commitment or
 * spending.
 *
 * @param envelopeId the envelope
 * @param amountFen the amount in fen
 */
public record FundingAmount(String envelopeId, long amountFen) {
    /** Validates. */
    public FundingAmount {
        Objects.requireNonNull(envelopeId, "envelopeId");
    }
}
