package org.weishi.spi.selection;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One voter's ballot.
 *
 * <p>For approval and choose-1 ballots {@code projects} is the set of approved projects (order
 * kept as written, no meaning) and {@code points} is empty. For cumulative ballots {@code points}
 * has one positive entry per project. For ordinal ballots {@code projects} is the ranking, most
 * preferred first, and {@code points} is empty.
 *
 * @param voterId the voter's id as given by the source, never null (may be empty)
 * @param projects the project ids on the ballot, no duplicates
 * @param points the points given to each project (cumulative ballots only), else empty
 * @since 0.1.0
 */
public record Ballot(String voterId, List<String> projects, List<Long> points) {
    /**
     * Validates and copies the parts.
     *
     * @throws SelectionException when a project appears twice, or points do not match projects
     */
    public Ballot {
        Objects.requireNonNull(voterId, "voterId");
        projects = List.copyOf(projects);
        points = List.copyOf(points);
        if (new HashSet<>(projects).size() != projects.size()) {
            throw new SelectionException(
                    "选票 '" + voterId + "' 多次列出同一项目：" + projects,
                    "ballot '" + voterId + "' lists a project more than once: " + projects);
        }
        if (!points.isEmpty() && points.size() != projects.size()) {
            throw new SelectionException(
                    "选票 '" + voterId + "' 有 " + projects.size() + " 个项目但有 " + points.size() + " 个分数",
                    "ballot '" + voterId + "' has " + projects.size() + " projects but "
                            + points.size() + " points");
        }
        for (Long p : points) {
            if (p == null || p < 0) {
                throw new SelectionException(
                        "选票 '" + voterId + "' 含有负分数或空分数",
                        "ballot '" + voterId + "' has a negative or missing number of points");
            }
        }
    }

    /**
     * @param voterId voter id
     * @param projects approved (or ranked) project ids
     * @return a ballot without points
     */
    public static Ballot of(String voterId, List<String> projects) {
        return new Ballot(voterId, projects, List.of());
    }

    /**
     * @param voterId voter id
     * @param projects project ids
     * @param points points per project, same order
     * @return a cumulative ballot
     */
    public static Ballot withPoints(String voterId, List<String> projects, List<Long> points) {
        return new Ballot(voterId, projects, points);
    }
}
