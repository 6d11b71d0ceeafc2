package org.weishi.core.event;

/**
 * A quarterly progress report on a project (议账/报账).
 *
 * @param projectId the project
 * @param quarter e.g. {@code 2021Q3}
 * @param summary the report
 */
public record ProgressReported(String projectId, String quarter, String summary) implements DomainEvent {
    @Override
    public String aggregateId() {
        return projectId;
    }
}
