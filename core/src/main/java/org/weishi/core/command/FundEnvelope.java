package org.weishi.core.command;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.weishi.core.budget.FundingSource;

/**
 * Money enters an envelope from a funding source (a finance bureau's budget line, a donation, the
 * foundation).
 *
 * @param envelopeId the envelope
 * @param source where the money comes from
 * @param amount yuan, positive, at most two decimals
 * @param reference the budget document or donation reference, or null
 */
public record FundEnvelope(
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String envelopeId,
        @NotNull(message = "weishi.required") FundingSource source,
        @NotNull(message = "weishi.required") @DecimalMin(value = "0.01", message = "weishi.money.positive")
        @Digits(integer = 13, fraction = 2, message = "weishi.money.precision") BigDecimal amount,
        @Size(max = 200, message = "weishi.size.max") String reference) implements BudgetCommand {
    @Override
    public String targetId() {
        return envelopeId;
    }
}
