package org.weishi.core.event;

import java.time.LocalDate;

/**
 * A project's decision was published for notice (公示).
 *
 * @param projectId the project
 * @param publishedOn the day
 * @param endsOn the last day objections are accepted
 * @param workingDays the period's length in working days
 */
public record NoticePublished(String projectId, LocalDate publishedOn, LocalDate endsOn, int workingDays) implements DomainEvent {
    @Override
    public String aggregateId() {
        return projectId;
    }
}
