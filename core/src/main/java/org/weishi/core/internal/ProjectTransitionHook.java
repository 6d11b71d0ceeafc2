package org.weishi.core.internal;

import java.util.List;
import org.weishi.core.Actor;
import org.weishi.core.Problem;
import org.weishi.core.Role;
import org.weishi.core.event.EventMetadata;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.core.lifecycle.Transition;
import org.weishi.core.view.ProjectView;

/**
 * An internal extension point of project transitions: a component (budget, deliberation) may
 * refuse a transition with problems, or add events to other streams that must be appended in the
 * same atomic batch (commit money from an envelope when a project is approved).
 */
interface ProjectTransitionHook {
    /**
     * @param t what is being decided; add problems to refuse, appends to extend the batch
     */
    void contribute(TransitionContext t);

    /** The transition being decided. */
    final class TransitionContext {
        final Actor actor;
        final Role role;
        final ProjectView project;
        final ProjectAction action;
        final List<Transition<ProjectState, ProjectAction>> path;
        final ProjectState to;
        final EventMetadata metadata;
        final List<Problem> problems;
        final List<Engine.Pending> appends;

        TransitionContext(Actor actor, Role role, ProjectView project, ProjectAction action,
                          List<Transition<ProjectState, ProjectAction>> path, ProjectState to, EventMetadata metadata,
                          List<Problem> problems, List<Engine.Pending> appends) {
            this.actor = actor;
            this.role = role;
            this.project = project;
            this.action = action;
            this.path = path;
            this.to = to;
            this.metadata = metadata;
            this.problems = problems;
            this.appends = appends;
        }

        /** @return true when the path enters {@code state} (as its end or passing through) */
        boolean enters(ProjectState state) {
            return path.stream().anyMatch(t -> t.to() == state);
        }
    }
}
