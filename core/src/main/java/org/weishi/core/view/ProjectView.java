package org.weishi.core.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.spi.Money;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.ProjectType;

/**
 * A project as it stands.
 *
 * @param id its id
 * @param version its stream version
 * @param state its state
 * @param kind MICRO or SELF_SELECTED
 * @param type SERVICE, GOODS or ENGINEERING
 * @param title title
 * @param category category code
 * @param scopeId its scope
 * @param estimatedCost estimated cost
 * @param organiser organising body
 * @param year budget year
 * @param description what will be done
 * @param demandIds demands merged into it, in order
 * @param leaderId the district leader who leads it, or null
 * @param progressReports quarter to report, in order
 * @param timeline every lifecycle step, in order
 * @param draftedAt when it was drafted
 * @param updatedAt when it last changed
 */
public record ProjectView(String id, long version, ProjectState state, ProjectKind kind, ProjectType type, String title,
                          String category, String scopeId, Money estimatedCost, String organiser, int year,
                          String description, List<String> demandIds, String leaderId,
                          Map<String, String> progressReports, List<TimelineEntry> timeline, Instant draftedAt,
                          Instant updatedAt) {
    /** Copies. */
    public ProjectView {
        demandIds = List.copyOf(demandIds);
        progressReports = Map.copyOf(progressReports);
        timeline = List.copyOf(timeline);
    }

    /** @return true when led by a district leader */
    public boolean led() {
        return leaderId != null;
    }
}
