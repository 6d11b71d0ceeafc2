package org.weishi.core.event;

import java.util.List;

/**
 * A pre-review round opened when the project was submitted for review (stream {@code prereview/<projectId>}).
 *
 * @param projectId the project
 * @param round 1 for the first submission, 2 after the first resubmission, …
 * @param required the departments that must pass, as decided by the rules
 * @param pending the departments that must (re)review in this round; those that passed earlier keep their pass
 */
public record PreReviewOpened(String projectId, int round, List<String> required, List<String> pending) implements DomainEvent {
    @Override
    public String aggregateId() {
        return projectId;
    }
}
