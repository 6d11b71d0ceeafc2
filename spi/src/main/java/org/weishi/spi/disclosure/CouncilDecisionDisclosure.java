package org.weishi.spi.disclosure;

import java.time.Instant;
import java.util.Objects;

/**
 * A residents' council's decision on a project (居民议事会表决): who decided, when, by how many
 * votes. Only tallies are disclosed, never how a member voted.
 *
 * @param meetingId the meeting
 * @param meetingTitle its title, e.g. 2021年第3次居民议事会
 * @param decidedAt when the meeting closed
 * @param membersPresent members who signed in
 * @param members members of the council
 * @param votesFor votes for the project
 * @param votesAgainst votes against
 * @param abstentions abstentions
 * @param passed whether the project passed
 * @param minutes the meeting's minutes, redacted for the public, or null when withheld
 * @since 0.1
 */
public record CouncilDecisionDisclosure(String meetingId, String meetingTitle, Instant decidedAt, int membersPresent,
                                        int members, int votesFor, int votesAgainst, int abstentions, boolean passed,
                                        String minutes) {
    /** Checks the required parts. */
    public CouncilDecisionDisclosure {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
