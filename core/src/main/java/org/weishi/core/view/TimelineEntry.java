package org.weishi.core.view;

import java.time.Instant;

/**
 * One step of a project's public timeline (可查可见).
 *
 * @param at when
 * @param action what was done
 * @param from state before
 * @param to state after
 * @param role the role that acted (the deciding body), e.g. {@code COUNCIL_MEMBER}
 * @param reason why, or null
 */
public record TimelineEntry(Instant at, String action, String from, String to, String role, String reason) {
}
