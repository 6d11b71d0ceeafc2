package org.weishi.core.command;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.weishi.core.deliberation.FailOutcome;
import org.weishi.core.deliberation.PassRule;

/**
 * Constitutes (or reconstitutes) a community's residents' council (议事会).
 *
 * @param scopeId the community
 * @param members member account ids (each acts with the COUNCIL_MEMBER role)
 * @param quorumNumerator quorum fraction numerator, e.g. 2 for two thirds
 * @param quorumDenominator quorum fraction denominator, e.g. 3
 * @param passRule when an item passes
 * @param failOutcome what a failing vote does to the project
 */
public record ConstituteCouncil(
        @NotBlank(message = "weishi.required") @Size(max = 128, message = "weishi.size.max") String scopeId,
        @NotEmpty(message = "weishi.required") @Size(max = 99, message = "weishi.size.max")
        List<@NotBlank(message = "weishi.required") String> members,
        @Min(value = 1, message = "weishi.min") int quorumNumerator,
        @Min(value = 1, message = "weishi.min") @Max(value = 100, message = "weishi.max") int quorumDenominator,
        @NotNull(message = "weishi.required") PassRule passRule,
        @NotNull(message = "weishi.required") FailOutcome failOutcome) implements Command {
    /** Copies. */
    public ConstituteCouncil {
        members = members == null ? null : List.copyOf(members);
    }

    @Override
    public String targetId() {
        return scopeId;
    }
}
