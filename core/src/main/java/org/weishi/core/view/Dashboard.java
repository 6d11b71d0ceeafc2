package org.weishi.core.view;

import java.util.Map;
import org.weishi.core.lifecycle.DemandState;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.spi.Channel;
import org.weishi.spi.Money;
import org.weishi.spi.ProjectKind;

/**
 * Counts and money computed from the projections at one position of the log.
 *
 * @param position the last event folded in
 * @param projectsByKindAndState project counts per kind, per state (every state present, zero or not)
 * @param estimatedByKindAndState estimated cost per kind, per state
 * @param ledProjects projects led by a district leader
 * @param ledProjectsClosed of those, ticked off (销号)
 * @param demandsByChannelAndState demand counts per channel, per state
 * @param averageSatisfaction mean rating of rated demands, 0 when none
 * @param ratedDemands how many demands were rated
 */
public record Dashboard(long position, Map<ProjectKind, Map<ProjectState, Integer>> projectsByKindAndState,
                        Map<ProjectKind, Map<ProjectState, Money>> estimatedByKindAndState, int ledProjects,
                        int ledProjectsClosed, Map<Channel, Map<DemandState, Integer>> demandsByChannelAndState,
                        double averageSatisfaction, int ratedDemands) {
    /** @return number of projects */
    public int projectCount() {
        return projectsByKindAndState.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }

    /**
     * @param kind a kind
     * @return number of projects of that kind
     */
    public int projectCount(ProjectKind kind) {
        return projectsByKindAndState.get(kind).values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * @param kind a kind
     * @param state a state
     * @return number of projects of that kind in that state
     */
    public int projectCount(ProjectKind kind, ProjectState state) {
        return projectsByKindAndState.get(kind).get(state);
    }

    /** @return number of demands */
    public int demandCount() {
        return demandsByChannelAndState.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }

    /**
     * @param state a state
     * @return demands in that state, any channel
     */
    public int demandCount(DemandState state) {
        return demandsByChannelAndState.values().stream().mapToInt(m -> m.get(state)).sum();
    }
}
