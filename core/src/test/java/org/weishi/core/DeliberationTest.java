package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.weishi.core.Fixture.*;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.weishi.core.command.AnswerObjection;
import org.weishi.core.command.CastVote;
import org.weishi.core.command.CloseMeeting;
import org.weishi.core.command.ConstituteCouncil;
import org.weishi.core.command.OpenMeeting;
import org.weishi.core.command.RaiseObjection;
import org.weishi.core.command.SignIn;
import org.weishi.core.deliberation.FailOutcome;
import org.weishi.core.deliberation.NoticeCalendar;
import org.weishi.core.deliberation.ObjectionRuling;
import org.weishi.core.deliberation.PassRule;
import org.weishi.core.deliberation.VoteChoice;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.plugins.storage.memory.MemoryEventStore;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.spi.ProjectKind;

class DeliberationTest {
    static final List<String> MEMBERS = List.of("m1", "m2", "m3", "m4", "m5", "m6");
    private MemoryEventStore store;
    private Weishi w;

    static Actor member(String id) {
        return Actor.of(id, Role.COUNCIL_MEMBER, XIPU);
    }

    @BeforeEach
    void setUp() {
        store = store();
        w = engine(store, new MemoryPersonalDataVault());
        w.execute(COMMITTEE, new ConstituteCouncil(XIPU, MEMBERS, 2, 3, PassRule.MORE_THAN_HALF_OF_PRESENT, FailOutcome.RETURN));
    }

    private String inDeliberation() {
        String p = w.execute(COMMITTEE, project(ProjectKind.MICRO, "80000")).aggregateId();
        drive(w, p, ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW, ProjectAction.PASS_REVIEW);
        return p;
    }

    private String meeting(String... agenda) {
        return w.execute(COMMITTEE, new OpenMeeting(XIPU, "2021年第3次居民议事会", List.of(agenda))).aggregateId();
    }

    private void signIn(String meeting, String... members) {
        for (String m : members) w.execute(member(m), new SignIn(meeting));
    }

    private CommandRejectedException rejected(Executable e) {
        long head = store.headPosition();
        CommandRejectedException ex = catchThrowableOfType(CommandRejectedException.class, e::execute);
        assertThat(ex).isNotNull();
        assertThat(store.headPosition()).as("nothing appended").isEqualTo(head);
        return ex;
    }

    @Test
    void a_quorate_meeting_passes_one_item_and_returns_another_in_one_append_with_minutes() {
        String a = inDeliberation();
        String b = inDeliberation();
        String m = meeting(a, b);
        signIn(m, "m1", "m2", "m3", "m4");
        for (String x : List.of("m1", "m2", "m3")) w.execute(member(x), new CastVote(m, a, VoteChoice.FOR));
        w.execute(member("m4"), new CastVote(m, a, VoteChoice.AGAINST));
        w.execute(member("m1"), new CastVote(m, b, VoteChoice.FOR));
        w.execute(member("m2"), new CastVote(m, b, VoteChoice.FOR));
        w.execute(member("m3"), new CastVote(m, b, VoteChoice.ABSTAIN));
        Receipt r = w.execute(COMMITTEE, new CloseMeeting(m, "会议纪要：同意项目A，项目B再议", List.of("photo-1.jpg")));
        assertThat(r.eventTypes()).containsExactly("MeetingClosed", "ProjectTransitioned", "NoticePublished", "ProjectTransitioned");
        assertThat(w.project(a).orElseThrow().state()).isEqualTo(ProjectState.NOTICE);
        // 2 of 4 present is not more than half
        assertThat(w.project(b).orElseThrow().state()).isEqualTo(ProjectState.PROPOSED);
        var view = w.meeting(m).orElseThrow();
        assertThat(view.closed()).isTrue();
        assertThat(view.decisions()).extracting(d -> d.projectId() + ":" + d.votesFor() + "/" + d.votesAgainst() + "/" + d.abstentions() + ":" + d.passed())
                .containsExactly(a + ":3/1/0:true", b + ":2/0/1:false");
        assertThat(w.project(a).orElseThrow().timeline().get(4).reason()).contains("3 for, 1 against, 0 abstaining");
    }

    @Test
    void without_quorum_the_close_is_refused_saying_how_many_are_present_and_needed() {
        String a = inDeliberation();
        String m = meeting(a);
        signIn(m, "m1", "m2", "m3");
        CommandRejectedException ex = rejected(() -> w.execute(COMMITTEE, new CloseMeeting(m, "纪要", null)));
        assertThat(ex.code()).isEqualTo("WS-DELIB-001");
        assertThat(ex.getMessage()).contains("3 present, 4 needed (of 6 members)").contains("到会 3 人，需要 4 人");
    }

    @Test
    void non_members_and_double_votes_are_refused() {
        String a = inDeliberation();
        String m = meeting(a);
        signIn(m, "m1");
        assertThat(rejected(() -> w.execute(member("intruder"), new SignIn(m))).code()).isEqualTo("WS-DELIB-002");
        assertThat(rejected(() -> w.execute(member("m1"), new SignIn(m))).code()).isEqualTo("WS-DELIB-003");
        w.execute(member("m1"), new CastVote(m, a, VoteChoice.FOR));
        assertThat(rejected(() -> w.execute(member("m1"), new CastVote(m, a, VoteChoice.AGAINST))).code()).isEqualTo("WS-DELIB-003");
        assertThat(rejected(() -> w.execute(member("m2"), new CastVote(m, a, VoteChoice.FOR))).getMessage()).contains("has not signed in");
    }

    @Test
    void with_a_council_the_vote_cannot_be_bypassed() {
        String a = inDeliberation();
        assertThat(rejected(() -> w.execute(COUNCIL, act(a, ProjectAction.PASS_VOTE))).getMessage()).contains("decided by a council meeting");
    }

    private String passed() {
        String a = inDeliberation();
        String m = meeting(a);
        signIn(m, "m1", "m2", "m3", "m4");
        for (String x : List.of("m1", "m2", "m3")) w.execute(member(x), new CastVote(m, a, VoteChoice.FOR));
        w.execute(COMMITTEE, new CloseMeeting(m, "同意", null));
        return a;
    }

    @Test
    void approval_waits_for_the_notice_period_and_answered_objections() {
        String a = passed();
        var notice = w.notice(a).orElseThrow();
        // published Monday 2021-03-15: five working days end Monday 2021-03-22
        assertThat(notice.publishedOn()).isEqualTo(LocalDate.of(2021, 3, 15));
        assertThat(notice.endsOn()).isEqualTo(LocalDate.of(2021, 3, 22));
        assertThat(rejected(() -> w.execute(TOWN, act(a, ProjectAction.APPROVE))).getMessage()).contains("still in its notice period (until 2021-03-22)");
        w.execute(RESIDENT, new RaiseObjection(a, "选址离我家太近，噪音大"));
        CLOCK.advance(Duration.ofDays(8));
        CommandRejectedException open = rejected(() -> w.execute(TOWN, act(a, ProjectAction.APPROVE)));
        assertThat(open.getMessage()).contains("1 unanswered objection(s)");
        assertThat(rejected(() -> w.execute(RESIDENT, new RaiseObjection(a, "too late"))).getMessage())
                .contains("closed on 2021-03-22");
        w.execute(TOWN, new AnswerObjection(a, "O-1", ObjectionRuling.DISMISSED, "已调整施工时间，避开休息时段", null));
        w.execute(TOWN, act(a, ProjectAction.APPROVE));
        assertThat(w.project(a).orElseThrow().state()).isEqualTo(ProjectState.APPROVED);
        assertThat(w.notice(a).orElseThrow().objections().get(0).ruling()).isEqualTo(ObjectionRuling.DISMISSED);
    }

    @Test
    void an_upheld_objection_returns_the_project() {
        String a = passed();
        w.execute(RESIDENT, new RaiseObjection(a, "预算明显偏高"));
        Receipt r = w.execute(TOWN, new AnswerObjection(a, "O-1", ObjectionRuling.UPHELD, "重新核算预算", FailOutcome.RETURN));
        assertThat(r.eventTypes()).containsExactly("ObjectionAnswered", "ProjectTransitioned");
        assertThat(w.project(a).orElseThrow().state()).isEqualTo(ProjectState.RETURNED);
        assertThat(rejected(() -> w.execute(TOWN, new AnswerObjection(a, "O-1", ObjectionRuling.DISMISSED, "x", null))).code())
                .isEqualTo("WS-CMD-009");
    }

    @Test
    void working_days_skip_weekends_and_holidays_and_count_make_up_days() {
        NoticeCalendar cal = new NoticeCalendar(5, ZoneId.of("Asia/Shanghai"),
                Set.of(LocalDate.of(2021, 10, 1), LocalDate.of(2021, 10, 4), LocalDate.of(2021, 10, 5),
                        LocalDate.of(2021, 10, 6), LocalDate.of(2021, 10, 7)),
                Set.of(LocalDate.of(2021, 10, 9)));
        // published Thursday 30 September: National Day holidays, Saturday 9 October is a make-up working day
        assertThat(cal.endOfNotice(LocalDate.of(2021, 9, 30))).isEqualTo(LocalDate.of(2021, 10, 13));
        assertThat(NoticeCalendar.standard().endOfNotice(LocalDate.of(2021, 3, 19))).isEqualTo(LocalDate.of(2021, 3, 26));
    }

    @Test
    void the_pass_rules() {
        assertThat(PassRule.MORE_THAN_HALF_OF_PRESENT.passes(3, 5, 9)).isTrue();
        assertThat(PassRule.MORE_THAN_HALF_OF_PRESENT.passes(2, 4, 9)).isFalse();
        assertThat(PassRule.TWO_THIRDS_OF_PRESENT.passes(4, 6, 9)).isTrue();
        assertThat(PassRule.TWO_THIRDS_OF_PRESENT.passes(3, 6, 9)).isFalse();
        assertThat(PassRule.MORE_THAN_HALF_OF_MEMBERS.passes(5, 6, 9)).isTrue();
        assertThat(PassRule.MORE_THAN_HALF_OF_MEMBERS.passes(4, 6, 9)).isFalse();
    }
}
