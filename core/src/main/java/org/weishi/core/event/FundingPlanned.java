package org.weishi.core.event;

import java.util.List;

/**
 * A project's funding plan was set or replaced (stream {@code funding/<projectId>}).
 *
 * @param projectId the project
 * @param scopeId the project's scope
 * @param year the project's budget year
 * @param lines the envelopes and amounts; their sum equals the estimated cost
 */
public record FundingPlanned(String projectId, String scopeId, int year, List<FundingAmount> lines) implements DomainEvent {
    @Override
    public String aggregateId() {
        return projectId;
    }
}
