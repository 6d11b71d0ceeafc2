package org.weishi.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Merges a duplicate demand into another one; the submitter is told and follows the other.
 *
 * @param demandId the duplicate
 * @param intoDemandId the demand it duplicates
 * @param reason why they are the same need
 */
public record MergeDemand(
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String demandId,
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String intoDemandId,
        @Size(max = 500, message = "weishi.size.max") String reason) implements Command {
    @Override
    public String targetId() {
        return demandId;
    }
}
