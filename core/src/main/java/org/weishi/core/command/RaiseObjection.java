package org.weishi.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A resident objects to a project during its notice period (异议).
 *
 * @param projectId the project in NOTICE
 * @param text the objection
 */
public record RaiseObjection(
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String projectId,
        @NotBlank(message = "weishi.required") @Size(max = 2000, message = "weishi.size.max") String text) implements Command {
    @Override
    public String targetId() {
        return projectId;
    }
}
