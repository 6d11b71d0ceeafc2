package org.weishi.core.internal;

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

    private EventCodec() {
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
        Class<? extends DomainEvent> type = TYPES.get(e.type());
        return type == null ? null : Json.read(e.payload(), type);
    }

    /**
     * @param e a stored event
     * @return its metadata
     */
    public static EventMetadata metadata(RecordedEvent e) {
        return Json.read(e.metadata(), EventMetadata.class);
    }
}
