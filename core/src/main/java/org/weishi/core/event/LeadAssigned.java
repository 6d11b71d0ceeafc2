package org.weishi.core.event;

/**
 * A district leader took charge of a project (区领导领办).
 *
 * @param projectId the project
 * @param leaderId the leader's account id
 */
public record LeadAssigned(String projectId, String leaderId) implements DomainEvent {
    @Override
    public String aggregateId() {
        return projectId;
    }
}
