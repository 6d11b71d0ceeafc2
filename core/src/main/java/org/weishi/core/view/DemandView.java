package org.weishi.core.view;

import java.time.Instant;
import org.weishi.core.lifecycle.DemandState;
import org.weishi.spi.Channel;

/**
 * A demand as it stands.
 *
 * @param id its id
 * @param version its stream version
 * @param state its state
 * @param channel the channel it came through
 * @param category category code
 * @param scopeId its scope
 * @param title title
 * @param description the need
 * @param beneficiaries people it would help
 * @param personKey the submitter's vault key
 * @param submittedBy the account that recorded it
 * @param projectId the project it is adopted by, or null
 * @param mergedInto the demand it was merged into, or null
 * @param satisfaction the submitter's rating 1-5, or 0 when not rated
 * @param submittedAt when it was raised
 * @param updatedAt when it last changed
 */
public record DemandView(String id, long version, DemandState state, Channel channel, String category, String scopeId,
                         String title, String description, int beneficiaries, String personKey, String submittedBy,
                         String projectId, String mergedInto, int satisfaction, Instant submittedAt,
                         Instant updatedAt) {
}
