package org.weishi.core.command;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * 结余再安排: moves money released by completed or terminated projects back into the envelope's
 * available money, so new projects may use it. Released money is not reused silently: an officer
 * decides, and the log shows it.
 *
 * @param envelopeId the envelope
 * @param amount yuan, positive, at most the envelope's released money
 * @param reason why
 */
public record ReplanReleasedFunds(
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String envelopeId,
        @NotNull(message = "weishi.required") @DecimalMin(value = "0.01", message = "weishi.money.positive")
        @Digits(integer = 13, fraction = 2, message = "weishi.money.precision") BigDecimal amount,
        @Size(max = 500, message = "weishi.size.max") String reason) implements BudgetCommand {
    @Override
    public String targetId() {
        return envelopeId;
    }
}
