package org.weishi.core.view;

import java.util.List;
import java.util.Map;
import org.weishi.core.lifecycle.ReviewDecision;

/**
 * A project's department pre-review (stream {@code prereview/<projectId>}).
 *
 * @param projectId the project
 * @param version the stream version
 * @param round the current round (1 after the first submission)
 * @param reviews per required department, in the order the rules named them
 */
public record PreReviewView(String projectId, long version, int round, Map<String, DepartmentReview> reviews) {
    /** Copies, keeping order. */
    public PreReviewView {
        reviews = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reviews));
    }

    /** @return departments that have not yet decided in this round */
    public List<String> pending() {
        return reviews.values().stream().filter(DepartmentReview::pending).map(DepartmentReview::department).toList();
    }

    /** @return true when every required department passed */
    public boolean allPassed() {
        return reviews.values().stream().allMatch(r -> r.decision() == ReviewDecision.PASS);
    }
}
