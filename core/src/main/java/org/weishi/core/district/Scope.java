package org.weishi.core.district;

import java.util.Objects;

/**
 * One node of the scope tree.
 *
 * @param id path-like id, e.g. {@code doumen/jingan/xipu}
 * @param level its level
 * @param name its name, e.g. 西埔社区
 * @param parentId the parent's id, or null for the district
 */
public record Scope(String id, ScopeLevel level, String name, String parentId) {
    /** Validates the parts. */
    public Scope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        if ((level == ScopeLevel.DISTRICT) != (parentId == null)) {
            throw new IllegalArgumentException("scope '" + id + "': only the district has no parent");
        }
    }
}
