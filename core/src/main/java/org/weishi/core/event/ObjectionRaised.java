package org.weishi.core.event;

/**
 * A resident objected during the notice period.
 *
 * @param projectId the project
 * @param objectionId the objection's id within the project
 * @param text the objection
 */
public record ObjectionRaised(String projectId, String objectionId, String text) implements DomainEvent {
    @Override
    public String aggregateId() {
        return projectId;
    }
}
