package org.weishi.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.weishi.core.deliberation.CouncilView;
import org.weishi.core.deliberation.MeetingView;
import org.weishi.core.deliberation.NoticeView;
import org.weishi.core.deliberation.ObjectionView;
import org.weishi.core.deliberation.VoteChoice;
import org.weishi.core.event.CouncilConstituted;
import org.weishi.core.event.DomainEvent;
import org.weishi.core.event.EventMetadata;
import org.weishi.core.event.MeetingClosed;
import org.weishi.core.event.MeetingOpened;
import org.weishi.core.event.MemberSignedIn;
import org.weishi.core.event.NoticePublished;
import org.weishi.core.event.ObjectionAnswered;
import org.weishi.core.event.ObjectionRaised;
import org.weishi.core.event.VoteCast;

/** The fold of councils, meetings and notice periods. Called by {@link Projections} in log order. */
final class DeliberationProjection {
    private final Map<String, CouncilView> councils = new ConcurrentHashMap<>();
    private final Map<String, MeetingView> meetings = new ConcurrentHashMap<>();
    private final Map<String, NoticeView> notices = new ConcurrentHashMap<>();

    CouncilView council(String scopeId) {
        return councils.get(scopeId);
    }

    MeetingView meeting(String id) {
        return meetings.get(id);
    }

    NoticeView notice(String projectId) {
        return notices.get(projectId);
    }

    List<String> meetingIds() {
        return new ArrayList<>(meetings.keySet());
    }

    /** @return every council, unordered (a snapshot's copy is taken under the projections' lock) */
    List<CouncilView> councils() {
        return new ArrayList<>(councils.values());
    }

    /** @return every meeting, unordered */
    List<MeetingView> meetings() {
        return new ArrayList<>(meetings.values());
    }

    /** @return every notice period, unordered */
    List<NoticeView> notices() {
        return new ArrayList<>(notices.values());
    }

    /**
     * Puts views read from a snapshot into an empty projection.
     *
     * @param councilViews councils
     * @param meetingViews meetings
     * @param noticeViews notice periods
     */
    void restore(List<CouncilView> councilViews, List<MeetingView> meetingViews, List<NoticeView> noticeViews) {
        for (CouncilView c : councilViews) councils.put(c.scopeId(), c);
        for (MeetingView m : meetingViews) meetings.put(m.id(), m);
        for (NoticeView n : noticeViews) notices.put(n.projectId(), n);
    }

    /** @return true when the event was one of deliberation's */
    boolean apply(DomainEvent event, long version, EventMetadata m) {
        Instant at = m.at();
        if (event instanceof CouncilConstituted e) {
            councils.put(e.scopeId(), new CouncilView(e.scopeId(), e.members(), e.quorumNumerator(), e.quorumDenominator(),
                    e.passRule(), e.failOutcome(), version));
        } else if (event instanceof MeetingOpened e) {
            meetings.put(e.meetingId(), new MeetingView(e.meetingId(), e.scopeId(), e.title(), e.agenda(), e.members(),
                    List.of(), Map.of(), false, null, List.of(), List.of(), at, version));
        } else if (event instanceof MemberSignedIn e) {
            MeetingView v = meetings.get(e.meetingId());
            List<String> present = new ArrayList<>(v.present());
            present.add(e.memberId());
            meetings.put(v.id(), new MeetingView(v.id(), v.scopeId(), v.title(), v.agenda(), v.members(), present, v.votes(),
                    false, null, List.of(), List.of(), v.openedAt(), version));
        } else if (event instanceof VoteCast e) {
            MeetingView v = meetings.get(e.meetingId());
            Map<String, Map<String, VoteChoice>> votes = new LinkedHashMap<>(v.votes());
            Map<String, VoteChoice> item = new LinkedHashMap<>(votes.getOrDefault(e.projectId(), Map.of()));
            item.put(e.memberId(), e.choice());
            votes.put(e.projectId(), java.util.Collections.unmodifiableMap(item));
            meetings.put(v.id(), new MeetingView(v.id(), v.scopeId(), v.title(), v.agenda(), v.members(), v.present(), votes,
                    false, null, List.of(), List.of(), v.openedAt(), version));
        } else if (event instanceof MeetingClosed e) {
            MeetingView v = meetings.get(e.meetingId());
            meetings.put(v.id(), new MeetingView(v.id(), v.scopeId(), v.title(), v.agenda(), v.members(), v.present(), v.votes(),
                    true, e.minutes(), e.evidence(), e.decisions(), v.openedAt(), version));
        } else if (event instanceof NoticePublished e) {
            notices.put(e.projectId(), new NoticeView(e.projectId(), e.publishedOn(), e.endsOn(), List.of()));
        } else if (event instanceof ObjectionRaised e) {
            NoticeView n = notices.get(e.projectId());
            List<ObjectionView> os = new ArrayList<>(n.objections());
            os.add(new ObjectionView(e.objectionId(), e.text(), m.actorId(), at, null, null));
            notices.put(n.projectId(), new NoticeView(n.projectId(), n.publishedOn(), n.endsOn(), os));
        } else if (event instanceof ObjectionAnswered e) {
            NoticeView n = notices.get(e.projectId());
            List<ObjectionView> os = new ArrayList<>();
            for (ObjectionView o : n.objections()) {
                os.add(o.id().equals(e.objectionId()) ? new ObjectionView(o.id(), o.text(), o.raisedBy(), o.raisedAt(), e.ruling(), e.reason()) : o);
            }
            notices.put(n.projectId(), new NoticeView(n.projectId(), n.publishedOn(), n.endsOn(), os));
        } else {
            return false;
        }
        return true;
    }
}
