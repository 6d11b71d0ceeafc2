package org.weishi.spi.approval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.weishi.spi.Money;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.ProjectType;

/**
 * What an approval rule sees of a project at a gate: public facts only, never personal data.
 *
 * @param projectId the project's id
 * @param title its title
 * @param kind MICRO or SELF_SELECTED
 * @param type SERVICE, GOODS or ENGINEERING
 * @param category the demand category code, e.g. {@code elderly-care}
 * @param scopePath scope ids from the district down to the project's scope, e.g.
 *                  {@code [doumen, doumen/jingan, doumen/jingan/v01]}
 * @param estimatedCost the estimated cost
 * @param year the budget year
 * @param state the current lifecycle state name
 * @param action the action being attempted, e.g. {@code approve}
 * @param demandCount how many residents' demands are linked to it
 * @param attributes further facts the core or other plug-ins supply, unmodifiable; the core's budget
 *                   and pre-review facts (e.g. {@code envelope.available.fen},
 *                   {@code scope.year.committed.fen}, {@code prereview.passed}) are listed in
 *                   {@code docs/rules-standard.md}
 */
public record ProjectFacts(String projectId, String title, ProjectKind kind, ProjectType type, String category,
                           List<String> scopePath, Money estimatedCost, int year, String state, String action,
                           int demandCount, Map<String, String> attributes) {
    /** Validates and copies. */
    public ProjectFacts {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(estimatedCost, "estimatedCost");
        scopePath = List.copyOf(scopePath);
        attributes = Map.copyOf(attributes);
    }

    /** @return the id of the project's own scope (the last of the path) */
    public String scopeId() {
        return scopePath.isEmpty() ? "" : scopePath.get(scopePath.size() - 1);
    }
}
