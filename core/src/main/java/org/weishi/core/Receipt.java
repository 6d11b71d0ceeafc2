package org.weishi.core;

import java.util.List;

/**
 * The acknowledgement of a command: its events are durable in the store when this is returned.
 *
 * @param aggregateId the id of the demand or project the command addressed (or created)
 * @param version that aggregate's version after the command
 * @param position global position of the command's last event
 * @param eventTypes the event types written, in order
 * @param duplicate true when the idempotency key had been used: nothing was written now and the
 *                  other fields describe the first execution
 */
public record Receipt(String aggregateId, long version, long position, List<String> eventTypes, boolean duplicate) {
    /** Copies. */
    public Receipt {
        eventTypes = List.copyOf(eventTypes);
    }
}
