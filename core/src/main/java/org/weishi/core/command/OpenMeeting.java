package org.weishi.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Opens a council meeting (议事协商会议) with projects in DELIBERATION on its agenda.
 *
 * @param scopeId the community whose council meets
 * @param title e.g. 2021年第3次居民议事会
 * @param agenda project ids, each in DELIBERATION in that community
 */
public record OpenMeeting(
        @NotBlank(message = "weishi.required") @Size(max = 128, message = "weishi.size.max") String scopeId,
        @NotBlank(message = "weishi.required") @Size(max = 100, message = "weishi.size.max") String title,
        @NotEmpty(message = "weishi.required") @Size(max = 50, message = "weishi.size.max")
        List<@NotBlank(message = "weishi.required") String> agenda) implements Command {
    /** Copies. */
    public OpenMeeting {
        agenda = agenda == null ? null : List.copyOf(agenda);
    }

    @Override
    public String targetId() {
        return null;
    }
}
