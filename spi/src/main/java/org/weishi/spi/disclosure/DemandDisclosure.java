package org.weishi.spi.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A demand (群众点单) as the audience may see it. Components the policy withholds are null and
 * named in {@link #withheld()}. For the {@link Audience#PUBLIC public}: the description is redacted,
 * the submitter at most a masked name, and a demand about health, disability or a child shows no
 * title, description or submitter at all.
 *
 * @param id the demand id (never null)
 * @param state its stage, e.g. {@code ADOPTED} (never null)
 * @param channel how it came in, e.g. {@code MINI_PROGRAM}
 * @param category category code
 * @param scopeId the community it concerns
 * @param scopeName that community's name
 * @param title its title
 * @param description the need, redacted for the public
 * @param beneficiaries people it would help
 * @param submitter the resident, as far as the audience may see them, or null
 * @param projectId the project that adopted it, or null
 * @param mergedInto the demand it was merged into, or null
 * @param satisfaction the resident's rating 1-5, or null when not rated or withheld
 * @param submittedAt when it was raised
 * @param updatedAt when it last changed
 * @param withheld names of components withheld by policy
 * @since 0.1
 */
public record DemandDisclosure(String id, String state, String channel, String category, String scopeId,
                               String scopeName, String title, String description, Integer beneficiaries,
                               PersonDisclosure submitter, String projectId, String mergedInto, Integer satisfaction,
                               Instant submittedAt, Instant updatedAt, List<String> withheld) {
    /** Checks the required parts and copies the list. */
    public DemandDisclosure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        withheld = withheld == null ? List.of() : List.copyOf(withheld);
    }
}
