package org.weishi.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.weishi.core.deliberation.VoteChoice;

/**
 * A signed-in member votes on one agenda item; each member votes once per item.
 *
 * @param meetingId the meeting
 * @param projectId the agenda item
 * @param choice for, against or abstain
 */
public record CastVote(
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String meetingId,
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String projectId,
        @NotNull(message = "weishi.required") VoteChoice choice) implements Command {
    @Override
    public String targetId() {
        return meetingId;
    }
}
