package org.weishi.core.event;

import org.weishi.core.deliberation.ObjectionRuling;

/**
 * An objection was answered.
 *
 * @param projectId the project
 * @param objectionId the objection
 * @param ruling upheld or dismissed
 * @param reason the answer
 */
public record ObjectionAnswered(String projectId, String objectionId, ObjectionRuling ruling, String reason) implements DomainEvent {
    @Override
    public String aggregateId() {
        return projectId;
    }
}
