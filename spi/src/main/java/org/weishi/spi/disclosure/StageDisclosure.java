package org.weishi.spi.disclosure;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of a project's public timeline (可查可见): when it happened and which body decided.
 *
 * @param at when the step was taken
 * @param action the lifecycle action, e.g. {@code PASS_REVIEW}, {@code APPROVE}, {@code ACCEPT}
 * @param from the stage before, or null for the first step
 * @param to the stage after, e.g. {@code APPROVED}
 * @param decidingBody the deciding body (the role that acted), e.g. {@code COUNCIL_MEMBER}, {@code TOWN_OFFICER}
 * @param reason the reason given, redacted for the public, or null
 * @since 0.1
 */
public record StageDisclosure(Instant at, String action, String from, String to, String decidingBody, String reason) {
    /** Checks the required parts. */
    public StageDisclosure {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(to, "to");
    }
}
