package org.weishi.core.event;

import java.time.Instant;

/**
 * Who did it, in which role, when: stored beside every event.
 *
 * @param actorId the acting account, or {@code system} for a consequence of another aggregate's change
 * @param role the role the action was allowed under
 * @param at the engine clock's time of the command
 * @param command the command type that caused it
 */
public record EventMetadata(String actorId, String role, Instant at, String command) {
}
