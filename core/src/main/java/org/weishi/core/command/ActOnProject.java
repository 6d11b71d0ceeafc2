package org.weishi.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.weishi.core.lifecycle.ProjectAction;

/**
 * Takes a lifecycle action on a project.
 *
 * @param projectId the project
 * @param action the action
 * @param reason why; required for return, reject, withdraw, suspend and terminate
 * @param expectedVersion the version the caller saw, or null to act on the current one
 */
public record ActOnProject(
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String projectId,
        @NotNull(message = "weishi.required") ProjectAction action,
        @Size(max = 500, message = "weishi.size.max") String reason,
        @PositiveOrZero(message = "weishi.min") Long expectedVersion) implements Command {
    @Override
    public String targetId() {
        return projectId;
    }
}
