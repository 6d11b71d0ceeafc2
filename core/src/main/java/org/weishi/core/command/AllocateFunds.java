package org.weishi.core.command;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * 下达: moves available money from an envelope down to an envelope of a direct child scope
 * (district → town, town → community) of the same year.
 *
 * @param fromEnvelopeId the envelope the money leaves; it must have the amount available
 * @param toEnvelopeId the envelope it goes to
 * @param amount yuan, positive, at most two decimals
 * @param reason why
 */
public record AllocateFunds(
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String fromEnvelopeId,
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String toEnvelopeId,
        @NotNull(message = "weishi.required") @DecimalMin(value = "0.01", message = "weishi.money.positive")
        @Digits(integer = 13, fraction = 2, message = "weishi.money.precision") BigDecimal amount,
        @Size(max = 500, message = "weishi.size.max") String reason) implements BudgetCommand {
    @Override
    public String targetId() {
        return fromEnvelopeId;
    }
}
