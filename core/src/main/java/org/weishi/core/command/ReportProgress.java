package org.weishi.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * 定期议账、随时报账: a progress report on a led project for a quarter.
 *
 * @param projectId the project
 * @param quarter e.g. {@code 2021Q3}
 * @param summary what happened; public after redaction
 */
public record ReportProgress(
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String projectId,
        @NotBlank(message = "weishi.required") @Pattern(regexp = "\\d{4}Q[1-4]", message = "weishi.quarter") String quarter,
        @NotBlank(message = "weishi.required") @Size(max = 2000, message = "weishi.size.max") String summary) implements Command {
    @Override
    public String targetId() {
        return projectId;
    }
}
