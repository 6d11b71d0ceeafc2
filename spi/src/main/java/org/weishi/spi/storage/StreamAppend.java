package org.weishi.spi.storage;

import java.util.List;
import java.util.Objects;

/**
 * Events to append to one stream, with the version the stream is expected to be at.
 *
 * @param stream the stream
 * @param expected the expected current version
 * @param events at least one event
 */
public record StreamAppend(StreamId stream, ExpectedVersion expected, List<NewEvent> events) {
    /** Validates and copies. */
    public StreamAppend {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(expected, "expected");
        events = List.copyOf(events);
        if (events.isEmpty()) throw new IllegalArgumentException("an append to " + stream + " needs at least one event");
    }
}
