package org.weishi.core.command;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One line of a project's funding plan or actual cost: so much from this envelope.
 *
 * @param envelopeId the envelope
 * @param amount yuan, at most two decimals; positive in a plan, zero or more in an actual cost
 */
public record FundingLine(
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String envelopeId,
        @NotNull(message = "weishi.required") @DecimalMin(value = "0.00", message = "weishi.money.negative")
        @Digits(integer = 13, fraction = 2, message = "weishi.money.precision") BigDecimal amount) {
    /**
     * @param envelopeId the envelope
     * @param yuan the amount in yuan, e.g. {@code "150000"} or {@code "1234.50"}
     * @return the line
     */
    public static FundingLine of(String envelopeId, String yuan) {
        return new FundingLine(envelopeId, new BigDecimal(yuan));
    }
}
