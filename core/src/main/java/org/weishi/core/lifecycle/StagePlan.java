package org.weishi.core.lifecycle;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.weishi.spi.ProjectKind;

/**
 * Which project stages each kind skips: district configuration, not forked code. A skipped stage
 * is passed through by its main-path row in the same command, with that row's gate evaluated and
 * the pass-through recorded in the event. The default skips the residents' vote
 * ({@link ProjectState#DELIBERATION}) for {@link ProjectKind#SELF_SELECTED} projects.
 */
public final class StagePlan {
    private final Map<ProjectKind, Set<ProjectState>> skipped;

    private StagePlan(Map<ProjectKind, Set<ProjectState>> skipped) {
        EnumMap<ProjectKind, Set<ProjectState>> m = new EnumMap<>(ProjectKind.class);
        for (ProjectKind k : ProjectKind.values()) {
            Set<ProjectState> s = skipped.getOrDefault(k, Set.of());
            m.put(k, s.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(s)));
        }
        this.skipped = m;
    }

    /** @return the default plan: SELF_SELECTED skips DELIBERATION */
    public static StagePlan standard() {
        return new StagePlan(Map.of(ProjectKind.SELF_SELECTED, Set.of(ProjectState.DELIBERATION)));
    }

    /**
     * @param skipped per kind, the stages skipped
     * @return the plan
     */
    public static StagePlan of(Map<ProjectKind, Set<ProjectState>> skipped) {
        return new StagePlan(skipped);
    }

    /**
     * @param kind a kind
     * @return the stages it skips
     */
    public Set<ProjectState> skipped(ProjectKind kind) {
        return skipped.get(kind);
    }

    /**
     * Checks the plan against a table: every skipped stage must have a main-path row out of it,
     * and the initial, approval and terminal states cannot be skipped.
     *
     * @param table the project table
     * @return every problem found, empty when the plan is usable
     */
    public List<String> problemsWith(TransitionTable<ProjectState, ProjectAction> table) {
        List<String> problems = new ArrayList<>();
        Set<ProjectState> terminal = table.terminalStates();
        skipped.forEach((kind, states) -> {
            for (ProjectState s : states) {
                if (s == table.initial() || s == ProjectState.APPROVED || terminal.contains(s)) {
                    problems.add("stage plan for " + kind + ": " + s + " cannot be skipped");
                } else if (table.mainPathFrom(s).isEmpty()) {
                    problems.add("stage plan for " + kind + ": " + s + " has no main-path row to pass through");
                }
            }
        });
        return problems;
    }

    /**
     * Resolves the rows an action takes a project of this kind through: the row itself, then the
     * main-path row of every skipped stage it lands in.
     *
     * @param table the project table
     * @param kind the kind
     * @param first the row found for the attempted action
     * @return the rows, first to last
     */
    public List<Transition<ProjectState, ProjectAction>> passThrough(TransitionTable<ProjectState, ProjectAction> table,
                                                                     ProjectKind kind,
                                                                     Transition<ProjectState, ProjectAction> first) {
        List<Transition<ProjectState, ProjectAction>> path = new ArrayList<>();
        path.add(first);
        Set<ProjectState> skip = skipped(kind);
        Transition<ProjectState, ProjectAction> cur = first;
        while (skip.contains(cur.to()) && path.size() <= ProjectState.values().length) {
            cur = table.mainPathFrom(cur.to()).orElseThrow();
            path.add(cur);
        }
        return path;
    }

    @Override
    public String toString() {
        return "StagePlan" + skipped;
    }
}
