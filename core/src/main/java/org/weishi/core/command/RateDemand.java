package org.weishi.core.command;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The submitter rates the result (满意度) once the demand is resolved.
 *
 * @param demandId the demand
 * @param satisfaction 1 (very dissatisfied) to 5 (very satisfied)
 * @param comment optional comment; public after redaction
 */
public record RateDemand(
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String demandId,
        @Min(value = 1, message = "weishi.min") @Max(value = 5, message = "weishi.max") int satisfaction,
        @Size(max = 500, message = "weishi.size.max") String comment) implements Command {
    @Override
    public String targetId() {
        return demandId;
    }
}
