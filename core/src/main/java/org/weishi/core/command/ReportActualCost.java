package org.weishi.core.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Reports what a project actually cost, per envelope of its plan (every plan envelope listed
 * once). Allowed once the project is approved and not yet settled; the last report counts. On
 * acceptance the actual cost is spent and the remainder released; on termination too (what was
 * spent before termination). Without a report, completion spends the commitment and termination
 * spends nothing.
 *
 * @param projectId the project
 * @param lines the actual cost per envelope, zero or more
 */
public record ReportActualCost(
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String projectId,
        @NotNull(message = "weishi.required") @NotEmpty(message = "weishi.required")
        @Size(max = 20, message = "weishi.size.max") List<@NotNull(message = "weishi.required") @Valid FundingLine> lines)
        implements BudgetCommand {
    /** Copies. */
    public ReportActualCost {
        lines = lines == null ? null : List.copyOf(lines);
    }

    @Override
    public String targetId() {
        return projectId;
    }
}
