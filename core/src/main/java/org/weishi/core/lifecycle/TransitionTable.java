package org.weishi.core.lifecycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.weishi.core.Role;
import org.weishi.spi.approval.Gate;

/**
 * A lifecycle as data: rows of (from, action, to, roles, gate). Immutable and thread-safe.
 *
 * @param <S> state type
 * @param <A> action type
 */
public final class TransitionTable<S extends Enum<S>, A extends Enum<A>> {
    private final String name;
    private final S initial;
    private final List<Transition<S, A>> rows;
    private final Map<S, Map<A, Transition<S, A>>> byState;

    private TransitionTable(String name, S initial, List<Transition<S, A>> rows) {
        this.name = name;
        this.initial = initial;
        this.rows = List.copyOf(rows);
        Map<S, Map<A, Transition<S, A>>> m = new EnumMap<>(initial.getDeclaringClass());
        Map<S, Transition<S, A>> main = new EnumMap<>(initial.getDeclaringClass());
        for (Transition<S, A> t : rows) {
            Map<A, Transition<S, A>> actions = m.computeIfAbsent(t.from(), k -> new LinkedHashMap<>());
            if (actions.put(t.action(), t) != null) {
                throw new IllegalArgumentException(name + ": two rows for " + t.from() + " --" + t.action() + "-->");
            }
            if (t.mainPath() && main.put(t.from(), t) != null) {
                throw new IllegalArgumentException(name + ": two main-path rows leave " + t.from());
            }
        }
        m.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        this.byState = Collections.unmodifiableMap(m);
    }

    /**
     * @param name the lifecycle's name, for messages
     * @param initial the state a new aggregate starts in
     * @param <S> state type
     * @param <A> action type
     * @return a builder
     */
    public static <S extends Enum<S>, A extends Enum<A>> Builder<S, A> builder(String name, S initial) {
        return new Builder<>(name, initial);
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the initial state */
    public S initial() {
        return initial;
    }

    /** @return every row in declaration order */
    public List<Transition<S, A>> rows() {
        return rows;
    }

    /**
     * @param from a state
     * @param action an action
     * @return the row, if the action is allowed from that state
     */
    public Optional<Transition<S, A>> find(S from, A action) {
        Map<A, Transition<S, A>> m = byState.get(from);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(action));
    }

    /**
     * @param from a state
     * @return the actions a person may take from it (system-only rows excluded), in table order
     */
    public List<A> allowedActions(S from) {
        Map<A, Transition<S, A>> m = byState.get(from);
        if (m == null) return List.of();
        List<A> out = new ArrayList<>();
        for (Transition<S, A> t : m.values()) if (!t.systemOnly()) out.add(t.action());
        return out;
    }

    /**
     * @param from a state
     * @return its main-path row, if any
     */
    public Optional<Transition<S, A>> mainPathFrom(S from) {
        Map<A, Transition<S, A>> m = byState.get(from);
        if (m == null) return Optional.empty();
        return m.values().stream().filter(Transition::mainPath).findFirst();
    }

    /** @return states no row leaves */
    public Set<S> terminalStates() {
        EnumSet<S> all = EnumSet.allOf(initial.getDeclaringClass());
        all.removeAll(byState.keySet());
        return all;
    }

    @Override
    public String toString() {
        return "TransitionTable[" + name + ", " + rows.size() + " rows]";
    }

    /**
     * Builds a table row by row.
     *
     * @param <S> state type
     * @param <A> action type
     */
    public static final class Builder<S extends Enum<S>, A extends Enum<A>> {
        private final String name;
        private final S initial;
        private final List<Transition<S, A>> rows = new ArrayList<>();

        private Builder(String name, S initial) {
            this.name = name;
            this.initial = initial;
        }

        /**
         * Adds a main-path row.
         *
         * @param from from state
         * @param action action
         * @param to to state
         * @param gate gate or null
         * @param roles allowed roles
         * @return this
         */
        public Builder<S, A> main(S from, A action, S to, Gate gate, Role... roles) {
            rows.add(new Transition<>(from, action, to, roles(roles), gate, true));
            return this;
        }

        /**
         * Adds a side row (not the main path) from each of several states.
         *
         * @param froms from states
         * @param action action
         * @param to to state
         * @param gate gate or null
         * @param roles allowed roles; none for a system-only row
         * @return this
         */
        public Builder<S, A> side(List<S> froms, A action, S to, Gate gate, Role... roles) {
            for (S from : froms) rows.add(new Transition<>(from, action, to, roles(roles), gate, false));
            return this;
        }

        /**
         * Adds any row.
         *
         * @param row the row
         * @return this
         */
        public Builder<S, A> row(Transition<S, A> row) {
            rows.add(row);
            return this;
        }

        /** @return the table */
        public TransitionTable<S, A> build() {
            return new TransitionTable<>(name, initial, rows);
        }

        private static Set<Role> roles(Role... roles) {
            return roles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(roles));
        }
    }
}
