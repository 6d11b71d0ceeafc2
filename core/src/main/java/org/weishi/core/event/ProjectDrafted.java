package org.weishi.core.event;

import org.weishi.spi.ProjectKind;
import org.weishi.spi.ProjectType;

/**
 * A project was drafted.
 *
 * @param projectId its id
 * @param kind MICRO or SELF_SELECTED
 * @param type SERVICE, GOODS or ENGINEERING
 * @param title title
 * @param category category code
 * @param scopeId its scope
 * @param estimatedCostFen estimated cost in fen
 * @param organiser organising body
 * @param year budget year
 * @param description what will be done
 */
public record ProjectDrafted(String projectId, ProjectKind kind, ProjectType type, String title, String category,
                             String scopeId, long estimatedCostFen, String organiser, int year,
                             String description) implements DomainEvent {
    @Override
    public String aggregateId() {
        return projectId;
    }
}
