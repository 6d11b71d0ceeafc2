package org.weishi.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A council member signs in to a meeting (签到); the acting actor is the member.
 *
 * @param meetingId the meeting
 */
public record SignIn(@NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String meetingId)
        implements Command {
    @Override
    public String targetId() {
        return meetingId;
    }
}
