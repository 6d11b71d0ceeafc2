package org.weishi.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.weishi.core.lifecycle.ReviewDecision;

/**
 * One department's pre-review of a project in PRE_REVIEW (部门预审, 问诊把脉). Departments review in
 * parallel. A RETURN sends the project back (RETURNED) with the comments, a REJECT rejects it, and
 * the pass of the last pending department moves it on (PASS_REVIEW) in the same atomic append.
 * The host must make sure the acting reviewer belongs to {@code department}; the engine checks the
 * DEPARTMENT_REVIEWER role in the project's scope and records who acted.
 *
 * @param projectId the project
 * @param department the department code, e.g. {@code housing-construction}
 * @param decision pass, return or reject
 * @param comments required for RETURN and REJECT
 */
public record ReviewProject(
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String projectId,
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "weishi.department.code") String department,
        @NotNull(message = "weishi.required") ReviewDecision decision,
        @Size(max = 1000, message = "weishi.size.max") String comments) implements Command {
    @Override
    public String targetId() {
        return projectId;
    }
}
