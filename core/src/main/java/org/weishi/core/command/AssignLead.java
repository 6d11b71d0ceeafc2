package org.weishi.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * 区领导领办: a district leader takes personal charge of a project (quarterly review and report,
 * tick-off). Any kind of project can be led.
 *
 * @param projectId the project
 * @param leaderId the leader's account id; the acting actor must be that leader or a district admin
 */
public record AssignLead(
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String projectId,
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String leaderId) implements Command {
    @Override
    public String targetId() {
        return projectId;
    }
}
