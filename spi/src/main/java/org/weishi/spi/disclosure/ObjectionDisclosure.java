package org.weishi.spi.disclosure;

import java.time.Instant;
import java.util.Objects;

/**
 * An objection raised while a project was on public notice, and its answer.
 *
 * @param id its id within the project, e.g. {@code O-1}
 * @param raisedAt when
 * @param text what was objected, redacted for the public
 * @param ruling the ruling ({@code UPHELD}, {@code DISMISSED} …), or null while open
 * @param answer the answer, redacted for the public, or null
 * @since 0.1
 */
public record ObjectionDisclosure(String id, Instant raisedAt, String text, String ruling, String answer) {
    /** Checks the required parts. */
    public ObjectionDisclosure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }
}
