package org.weishi.spi.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything a publisher may write for one scope: the projects and demands in it (the scope and
 * every scope below it), already filtered by the district's disclosure policy and, for the
 * {@link Audience#PUBLIC public}, masked and redacted.
 *
 * @param district the district's name, e.g. 斗门区
 * @param scopeId the scope the disclosure covers
 * @param scopeName its name
 * @param audience who it is for; publishers must state it in their output
 * @param generatedAt when it was produced
 * @param logPosition the last event of the log it reflects (a reader can ask for "as of" later)
 * @param projects projects, ordered by id
 * @param demands demands, ordered by id
 * @since 0.1
 */
public record Disclosure(String district, String scopeId, String scopeName, Audience audience, Instant generatedAt,
                         long logPosition, List<ProjectDisclosure> projects, List<DemandDisclosure> demands) {
    /** Checks the parts and copies the lists. */
    public Disclosure {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(scopeId, "scopeId");
        Objects.requireNonNull(scopeName, "scopeName");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(generatedAt, "generatedAt");
        projects = List.copyOf(projects);
        demands = List.copyOf(demands);
    }
}
