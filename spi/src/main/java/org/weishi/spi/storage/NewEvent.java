package org.weishi.spi.storage;

import java.util.Objects;

/**
 * An event to append. The payload and metadata are JSON texts produced by the core; a store
 * keeps them byte for byte (as UTF-8) and never parses them.
 *
 * @param type the event type, e.g. {@code ProjectProposed}
 * @param payload the event's public data as JSON; holds no personal data (that lives in the
 *                {@link PersonalDataVault}, referenced by person key)
 * @param metadata who, in which role, why, correlation; JSON
 */
public record NewEvent(String type, String payload, String metadata) {
    /** Validates the parts. */
    public NewEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(metadata, "metadata");
        if (type.isBlank() || type.length() > 64) throw new IllegalArgumentException("event type must be 1-64 characters");
    }
}
