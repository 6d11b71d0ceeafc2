package org.weishi.spi.notify;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A committed event as a notifier sees it.
 *
 * @param id stable id, the same on every redelivery ({@code evt-<position>}): de-duplicate by it
 * @param position the event's global position
 * @param stream the stream, {@code type/id}
 * @param type the event type, e.g. {@code DemandAccepted}
 * @param occurredAt when it was recorded
 * @param summary a short human-readable line in both languages, without personal data
 * @param payload the event's public JSON payload
 * @param recipients person keys of residents to tell (e.g. a demand's submitter); resolving them
 *                   to a phone or account is the notifier's job, through the vault
 */
public record Notification(String id, long position, String stream, String type, Instant occurredAt,
                           String summary, String payload, Set<String> recipients) {
    /** Validates and copies. */
    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        recipients = Set.copyOf(recipients);
    }
}
