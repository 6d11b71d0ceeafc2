package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.weishi.core.Fixture.*;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.weishi.core.command.ActOnProject;
import org.weishi.core.command.DraftProject;
import org.weishi.core.command.LinkDemands;
import org.weishi.core.command.SubmitDemand;
import org.weishi.core.command.Submitter;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.plugins.storage.memory.MemoryEventStore;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.spi.Channel;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.ProjectType;
import org.weishi.spi.storage.RecordedEvent;

/** Every bad command gets a precise error and leaves the event log exactly as it was. */
class BadInputTest {
    private MemoryEventStore store;
    private Weishi w;
    private String projectId;

    @BeforeEach
    void setUp() {
        store = store();
        w = engine(store, new MemoryPersonalDataVault());
        projectId = w.execute(COMMITTEE, project(ProjectKind.MICRO, "1000")).aggregateId();
    }

    private CommandRejectedException rejected(Executable e) {
        List<RecordedEvent> before = store.readAll(0, 10_000);
        CommandRejectedException ex = catchThrowableOfType(CommandRejectedException.class, e::execute);
        assertThat(ex).as("command should have been rejected").isNotNull();
        assertThat(store.readAll(0, 10_000)).as("event log unchanged").isEqualTo(before);
        return ex;
    }

    @Test
    void blank_and_over_long_fields_are_all_reported_at_once_with_paths_in_both_languages() {
        SubmitDemand bad = new SubmitDemand(null, " ", XIPU, "x".repeat(101), "", 0,
                new Submitter("", "12345", "123", null));
        CommandRejectedException ex = rejected(() -> w.execute(RESIDENT, bad));
        assertThat(ex.code()).isEqualTo("WS-CMD-001");
        assertThat(ex.problems()).extracting(Problem::field).containsExactly("beneficiaries", "category", "channel",
                "description", "submitter.idNumber", "submitter.name", "submitter.phone", "title");
        Problem title = ex.problems().get(7);
        assertThat(title.message().en()).isEqualTo("must be at most 100 long");
        assertThat(title.message().zh()).isEqualTo("长度不能超过 100");
        assertThat(ex.problems().get(6).message().zh()).isEqualTo("不是有效的 11 位手机号码");
        assertThat(ex.getMessage()).contains("(8 problems)").contains("共 8 个问题");
    }

    @Test
    void unknown_scope_and_category_are_both_named() {
        SubmitDemand bad = new SubmitDemand(Channel.HOTLINE, "space-travel", "doumen/nowhere", "t", "d", 1,
                new Submitter("李四", null, null, null));
        CommandRejectedException ex = rejected(() -> w.execute(ADMIN, bad));
        assertThat(ex.problems()).extracting(Problem::code).containsExactly("WS-CMD-002", "WS-CMD-003");
        assertThat(ex.problems().get(0).message().en()).contains("unknown scope 'doumen/nowhere'");
        assertThat(ex.problems().get(1).message().zh()).contains("未知的需求类别 'space-travel'");
    }

    @Test
    void over_precise_and_negative_amounts() {
        DraftProject precise = new DraftProject(ProjectKind.MICRO, ProjectType.GOODS, "t", "elderly-care", XIPU,
                new BigDecimal("100.005"), "org", 2021, null);
        assertThat(rejected(() -> w.execute(COMMITTEE, precise)).problems())
                .extracting(p -> p.field() + " " + p.message().en())
                .containsExactly("estimatedCost amount must have at most two decimals (one fen)");
        DraftProject negative = new DraftProject(ProjectKind.MICRO, ProjectType.GOODS, "t", "elderly-care", XIPU,
                new BigDecimal("-1"), "org", 2021, null);
        assertThat(rejected(() -> w.execute(COMMITTEE, negative)).problems().get(0).message().zh())
                .isEqualTo("金额不能为负数");
    }

    @Test
    void an_actor_without_the_role_for_that_scope_is_refused() {
        drive(w, projectId, ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW, ProjectAction.PASS_REVIEW, ProjectAction.PASS_VOTE);
        CLOCK.advance(java.time.Duration.ofDays(10));
        // a town officer of another town may not approve a project in Jing'an
        CommandRejectedException ex = rejected(() -> w.execute(BAIJIAO_OFFICER, act(projectId, ProjectAction.APPROVE)));
        assertThat(ex.code()).isEqualTo("WS-AUTH-001");
        assertThat(ex.getMessage()).contains("actor 'u-baijiao' holds no role allowed to APPROVE project P-000001 in scope 'doumen/jingan/xipu'");
        // an auditor reads but never acts
        assertThat(rejected(() -> w.execute(AUDITOR, act(projectId, ProjectAction.APPROVE))).code()).isEqualTo("WS-AUTH-001");
    }

    @Test
    void an_illegal_transition_names_the_state_the_action_and_the_allowed_actions() {
        CommandRejectedException ex = rejected(() -> w.execute(TOWN, act(projectId, ProjectAction.APPROVE)));
        assertThat(ex.code()).isEqualTo("WS-LIFE-001");
        assertThat(ex.problems().get(0).message().en())
                .isEqualTo("project P-000001 is DRAFT: action APPROVE is not allowed; allowed actions: [PROPOSE, WITHDRAW]");
        assertThat(ex.problems().get(0).message().zh())
                .isEqualTo("项目 P-000001 当前状态为 DRAFT，不能执行 APPROVE；当前允许的操作：[PROPOSE, WITHDRAW]");
    }

    @Test
    void a_stale_expected_version_is_refused() {
        w.execute(COMMITTEE, act(projectId, ProjectAction.PROPOSE));
        CommandRejectedException ex = rejected(() ->
                w.execute(COMMITTEE, new ActOnProject(projectId, ProjectAction.SUBMIT_FOR_REVIEW, null, 1L)));
        assertThat(ex.code()).isEqualTo("WS-CMD-006");
        assertThat(ex.problems().get(0).message().en()).contains("expected version 1, actual 2");
        w.execute(COMMITTEE, new ActOnProject(projectId, ProjectAction.SUBMIT_FOR_REVIEW, null, 2L));
    }

    @Test
    void a_retried_idempotency_key_returns_the_first_result_and_appends_nothing() {
        Receipt first = w.execute(RESIDENT, demand(XIPU), "mini-program-req-42");
        long head = store.headPosition();
        Receipt again = w.execute(RESIDENT, demand(XIPU), "mini-program-req-42");
        assertThat(again.duplicate()).isTrue();
        assertThat(again.aggregateId()).isEqualTo(first.aggregateId());
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(again.position()).isEqualTo(first.position());
        assertThat(store.headPosition()).isEqualTo(head);
        assertThat(w.demands()).hasSize(1);
        // a transition retried after it succeeded is not re-decided (it would be illegal now)
        Receipt t1 = w.execute(COMMITTEE, act(projectId, ProjectAction.PROPOSE), "k-propose");
        Receipt t2 = w.execute(COMMITTEE, act(projectId, ProjectAction.PROPOSE), "k-propose");
        assertThat(t2.duplicate()).isTrue();
        assertThat(t2.version()).isEqualTo(t1.version());
    }

    @Test
    void merging_a_demand_into_a_closed_project_is_refused() {
        drive(w, projectId, TO_CLOSED);
        String d = acceptedDemand(w);
        CommandRejectedException ex = rejected(() -> w.execute(COMMITTEE, new LinkDemands(projectId, List.of(d))));
        assertThat(ex.code()).isEqualTo("WS-CMD-005");
        assertThat(ex.problems().get(0).message().en()).contains("project P-000001 is CLOSED and cannot take more demands");
    }

    @Test
    void linking_reports_every_bad_demand_at_once() {
        String ok = acceptedDemand(w);
        String submittedOnly = w.execute(RESIDENT, demand(XIPU)).aggregateId();
        CommandRejectedException ex = rejected(() -> w.execute(COMMITTEE,
                new LinkDemands(projectId, List.of(ok, "D-999999", submittedOnly, ok))));
        assertThat(ex.problems()).extracting(Problem::field).containsExactly("demandIds[1]", "demandIds[2]", "demandIds[3]");
        assertThat(ex.problems()).extracting(Problem::code).containsExactly("WS-CMD-004", "WS-LIFE-001", "WS-CMD-009");
    }

    @Test
    void a_reason_is_required_to_reject() {
        drive(w, projectId, ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW);
        CommandRejectedException ex = rejected(() -> w.execute(REVIEWER, new ActOnProject(projectId, ProjectAction.REJECT, " ", null)));
        assertThat(ex.code()).isEqualTo("WS-CMD-008");
    }

    @Test
    void unknown_ids_are_named() {
        assertThat(rejected(() -> w.execute(TOWN, act("P-404", ProjectAction.PROPOSE))).getMessage())
                .contains("project 'P-404' does not exist");
    }
}
