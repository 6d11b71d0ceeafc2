package org.weishi.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.weishi.core.deliberation.FailOutcome;
import org.weishi.core.deliberation.ObjectionRuling;

/**
 * Answers an objection. Upheld: the project returns (RETURNED) or is rejected, as {@code outcome}
 * says. Dismissed: the decision stands; a reason is required.
 *
 * @param projectId the project
 * @param objectionId the objection, e.g. {@code O-1}
 * @param ruling upheld or dismissed
 * @param reason the answer given to the objector
 * @param outcome for an upheld objection: RETURN or REJECT (ignored when dismissed; null means RETURN)
 */
public record AnswerObjection(
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String projectId,
        @NotBlank(message = "weishi.required") @Size(max = 16, message = "weishi.size.max") String objectionId,
        @NotNull(message = "weishi.required") ObjectionRuling ruling,
        @NotBlank(message = "weishi.required") @Size(max = 2000, message = "weishi.size.max") String reason,
        FailOutcome outcome) implements Command {
    @Override
    public String targetId() {
        return projectId;
    }
}
