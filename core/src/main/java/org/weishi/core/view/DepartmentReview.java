package org.weishi.core.view;

import java.time.Instant;
import org.weishi.core.lifecycle.ReviewDecision;

/**
 * One department's standing in a project's pre-review.
 *
 * @param department the department code
 * @param decision its latest decision, or null while pending
 * @param round the round of that decision (0 while never reviewed)
 * @param comments its comments, or null
 * @param reviewerId who reviewed, or null
 * @param at when, or null
 */
public record DepartmentReview(String department, ReviewDecision decision, int round, String comments,
                               String reviewerId, Instant at) {
    /** @return true while this department still has to review in the current round */
    public boolean pending() {
        return decision == null;
    }
}
