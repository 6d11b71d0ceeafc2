package org.weishi.core.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Sets (or replaces) a project's funding plan: which envelopes pay how much. Allowed before the
 * project is approved. Each envelope must be of the project's year and of its scope or a scope
 * above it; each line is positive; the lines' sum equals the estimated cost. Availability is checked
 * at approval, when the money is committed.
 *
 * @param projectId the project
 * @param lines the envelopes and amounts, one line per envelope
 */
public record SetFundingPlan(
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String projectId,
        @NotNull(message = "weishi.required") @NotEmpty(message = "weishi.required")
        @Size(max = 20, message = "weishi.size.max") List<@NotNull(message = "weishi.required") @Valid FundingLine> lines)
        implements BudgetCommand {
    /** Copies. */
    public SetFundingPlan {
        lines = lines == null ? null : List.copyOf(lines);
    }

    @Override
    public String targetId() {
        return projectId;
    }
}
