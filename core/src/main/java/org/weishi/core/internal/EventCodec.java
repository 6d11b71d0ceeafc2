package org.weishi.core.internal;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.weishi.core.event.CouncilConstituted;
import org.weishi.core.event.DemandRated;
import org.weishi.core.event.MeetingClosed;
import org.weishi.core.event.MeetingOpened;
import org.weishi.core.event.MemberSignedIn;
import org.weishi.core.event.NoticePublished;
import org.weishi.core.event.ObjectionAnswered;
import org.weishi.core.event.ObjectionRaised;
import org.weishi.core.event.VoteCast;
import org.weishi.core.event.DemandSubmitted;
import org.weishi.core.event.DemandTransitioned;
import org.weishi.core.event.DemandsLinked;
import org.weishi.core.event.DomainEvent;
import org.weishi.core.event.EventMetadata;
import org.weishi.core.event.LeadAssigned;
import org.weishi.core.event.ProgressReported;
import org.weishi.core.event.ProjectDrafted;
import org.weishi.core.event.ProjectTransitioned;
import org.weishi.spi.storage.NewEvent;
import org.weishi.spi.storage.RecordedEvent;

/** Maps domain events to stored events and back, by type name. */
public final class EventCodec {
    private static final Map<String, Class<? extends DomainEvent>> TYPES = Stream.concat(Stream.<Class<? extends DomainEvent>>of(
            DemandSubmitted.class, DemandTransitioned.class, DemandRated.class, ProjectDrafted.class,
            ProjectTransitioned.class, DemandsLinked.class, LeadAssigned.class, ProgressReported.class,
            CouncilConstituted.class, MeetingOpened.class, MemberSignedIn.class, VoteCast.class, MeetingClosed.class,
            NoticePublished.class, ObjectionRaised.class, ObjectionAnswered.class),
            BudgetEvents.TYPES.stream())
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    // One reader per event type, resolved once: a replay decodes millions of payloads, and
    // ObjectMapper.readValue(String, Class) looks the root deserializer up on every call.
    private static final Map<String, ObjectReader> READERS = TYPES.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Json.MAPPER.readerFor(e.getValue())));

    // Direct readers for the flat event types (most of a log); null for types with nested values.
    private static final Map<String, RecordJson<?>> FLAT = flatReaders();
    private static final RecordJson<EventMetadata> METADATA = RecordJson.of(EventMetadata.class);

    private EventCodec() {
    }

    /** @return every event type the core reads, for tests */
    static java.util.Collection<Class<? extends DomainEvent>> typesForTests() {
        return TYPES.values();
    }

    private static Map<String, RecordJson<?>> flatReaders() {
        Map<String, RecordJson<?>> m = new java.util.HashMap<>();
        TYPES.forEach((name, type) -> {
            RecordJson<?> r = RecordJson.forClass(type);
            if (r != null) m.put(name, r);
        });
        return Map.copyOf(m);
    }

    /**
     * @param event a domain event
     * @param metadata its metadata
     * @return the event to append
     */
    public static NewEvent encode(DomainEvent event, EventMetadata metadata) {
        return new NewEvent(event.eventType(), Json.write(event), Json.write(metadata));
    }

    /**
     * @param e a stored event
     * @return the domain event, or null when the type is not one of the core's (another component's event)
     */
    public static DomainEvent decode(RecordedEvent e) {
        ObjectReader reader = READERS.get(e.type());
        if (reader == null) return null;
        RecordJson<?> flat = FLAT.get(e.type());
        if (flat != null) {
            Object fast = flat.read(e.payload());
            if (fast != null) return (DomainEvent) fast;
        }
        try {
            return reader.readValue(e.payload());
        } catch (IOException x) {
            throw new UncheckedIOException("cannot read " + e.type() + " from JSON", x);
        }
    }

    /**
     * @param e a stored event
     * @return its metadata
     */
    public static EventMetadata metadata(RecordedEvent e) {
        return metadata(e.metadata());
    }

    /**
     * Reads metadata as {@link Json#read} would, through {@link RecordJson} when the document has
     * the shape the engine writes.
     *
     * @param json the metadata JSON
     * @return the metadata
     */
    static EventMetadata metadata(String json) {
        EventMetadata fast = METADATA.read(json);
        return fast != null ? fast : Json.read(json, EventMetadata.class);
    }
}
