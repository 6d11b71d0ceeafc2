package org.weishi.core;

import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: an account id (pseudonymous, never a name or phone) and the roles the host has
 * authenticated for it. The engine checks on every command that one of the grants allows the
 * action in the aggregate's scope.
 *
 * @param id the account id, e.g. {@code u-1024}
 * @param grants roles per scope
 */
public record Actor(String id, Set<RoleGrant> grants) {
    /** Validates and copies. */
    public Actor {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) throw new IllegalArgumentException("actor id must not be blank");
        grants = Set.copyOf(grants);
    }

    /**
     * @param id account id
     * @param role a role
     * @param scopeId where it is held
     * @return an actor with one grant
     */
    public static Actor of(String id, Role role, String scopeId) {
        return new Actor(id, Set.of(new RoleGrant(role, scopeId)));
    }

    @Override
    public String toString() {
        return "'" + id + "' " + grants;
    }
}
