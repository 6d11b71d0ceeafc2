package org.weishi.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Closes a meeting and records its decisions: refused without a quorum. Each agenda item that
 * passes moves to NOTICE (its notice period starts); each that fails goes back or is rejected, as
 * the council's rule says — all in one atomic append with the minutes.
 *
 * @param meetingId the meeting
 * @param minutes the minutes (会议纪要)
 * @param evidence references to evidence: sign-in sheet scans, photos
 */
public record CloseMeeting(
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String meetingId,
        @NotBlank(message = "weishi.required") @Size(max = 5000, message = "weishi.size.max") String minutes,
        @Size(max = 50, message = "weishi.size.max") List<@NotBlank(message = "weishi.required") String> evidence) implements Command {
    /** Copies. */
    public CloseMeeting {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @Override
    public String targetId() {
        return meetingId;
    }
}
