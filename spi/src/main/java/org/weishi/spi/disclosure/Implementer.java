package org.weishi.spi.disclosure;

import java.util.Objects;

/**
 * The body that delivers a project (实施单位): a company, a social organisation, a community
 * committee. An organisation, never a private person.
 *
 * @param id a stable id within the district
 * @param name its public name
 * @since 0.1
 */
public record Implementer(String id, String name) {
    /** Checks the parts. */
    public Implementer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
