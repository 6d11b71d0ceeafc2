package org.weishi.core.event;

import org.weishi.core.lifecycle.ReviewDecision;

/**
 * One department gave its pre-review decision.
 *
 * @param projectId the project
 * @param round the round
 * @param department the department code, e.g. {@code housing-construction}
 * @param decision pass, return or reject
 * @param comments the department's comments, or null for a pass without comments
 */
public record DepartmentReviewed(String projectId, int round, String department, ReviewDecision decision, String comments) implements DomainEvent {
    @Override
    public String aggregateId() {
        return projectId;
    }
}
