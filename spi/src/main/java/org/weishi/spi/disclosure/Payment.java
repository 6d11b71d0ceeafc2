package org.weishi.spi.disclosure;

import java.time.Instant;
import java.util.Objects;
import org.weishi.spi.Money;

/**
 * Money paid for a project (随时报账).
 *
 * @param id a stable id within the project
 * @param at when it was paid
 * @param amount how much
 * @param payerId the funder's {@link FundingSource#id()}
 * @param payeeId the implementer's id
 * @since 0.1
 */
public record Payment(String id, Instant at, Money amount, String payerId, String payeeId) {
    /** Checks the required parts. */
    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(amount, "amount");
    }
}
