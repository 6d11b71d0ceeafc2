package org.weishi.core.lifecycle;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.weishi.core.Role;
import org.weishi.spi.approval.Gate;

/**
 * One row of a transition table.
 *
 * @param from the state the action starts from
 * @param action the action
 * @param to the resulting state
 * @param roles roles allowed to take it; empty means only the engine takes it, as a consequence
 *              of another aggregate's transition (a demand resolving when its project completes)
 * @param gate the gate whose approval rules must pass, or null for none
 * @param mainPath whether this row is the state's way forward on the main path; a stage a
 *                 {@link StagePlan} skips is passed through by its main-path row
 * @param <S> state type
 * @param <A> action type
 */
public record Transition<S extends Enum<S>, A extends Enum<A>>(S from, A action, S to, Set<Role> roles, Gate gate,
                                                               boolean mainPath) {
    /** Validates and copies. */
    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(to, "to");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** @return true when only the engine may take this transition */
    public boolean systemOnly() {
        return roles.isEmpty();
    }

    @Override
    public String toString() {
        return from + " --" + action + "--> " + to + (gate == null ? "" : " [gate " + gate + "]") + " roles=" + roles;
    }
}
