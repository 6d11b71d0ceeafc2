package org.weishi.core.event;

import java.util.List;

/**
 * Demands were merged into a project.
 *
 * @param projectId the project
 * @param demandIds the demands
 */
public record DemandsLinked(String projectId, List<String> demandIds) implements DomainEvent {
    /** Copies. */
    public DemandsLinked {
        demandIds = List.copyOf(demandIds);
    }

    @Override
    public String aggregateId() {
        return projectId;
    }
}
