package org.weishi.core;

import java.util.Objects;

/**
 * A role held in a scope; it is valid in that scope and every scope below it.
 *
 * @param role the role
 * @param scopeId the scope, e.g. {@code doumen/jingan}
 */
public record RoleGrant(Role role, String scopeId) {
    /** Validates the parts. */
    public RoleGrant {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scopeId, "scopeId");
    }

    @Override
    public String toString() {
        return role + "@" + scopeId;
    }
}
