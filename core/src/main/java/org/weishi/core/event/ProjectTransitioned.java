package org.weishi.core.event;

import java.util.List;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.lifecycle.ProjectState;

/**
 * A project moved through its lifecycle.
 *
 * @param projectId the project
 * @param action the action taken
 * @param from the state before
 * @param to the state after
 * @param passedThrough stages skipped by the district's stage plan on the way, in order (usually empty)
 * @param reason why, or null
 */
public record ProjectTransitioned(String projectId, ProjectAction action, ProjectState from, ProjectState to,
                                  List<ProjectState> passedThrough, String reason) implements DomainEvent {
    /** Copies. */
    public ProjectTransitioned {
        passedThrough = passedThrough == null ? List.of() : List.copyOf(passedThrough);
    }

    @Override
    public String aggregateId() {
        return projectId;
    }
}
