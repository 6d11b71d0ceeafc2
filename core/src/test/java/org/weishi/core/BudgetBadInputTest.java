package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.weishi.core.Budgets.*;
import static org.weishi.core.Fixture.*;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.weishi.core.budget.FundingSource;
import org.weishi.core.command.AllocateFunds;
import org.weishi.core.command.Command;
import org.weishi.core.command.FundEnvelope;
import org.weishi.core.command.FundingLine;
import org.weishi.core.command.ReplanReleasedFunds;
import org.weishi.core.command.ReportActualCost;
import org.weishi.core.command.SetFundingPlan;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.core.view.EnvelopeView;
import org.weishi.plugins.storage.memory.MemoryEventStore;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;

/** Bad input changes nothing and says why, naming the field, in both languages. */
class BudgetBadInputTest {
    private final MemoryEventStore store = store();
    private final Weishi w = engine(store, new MemoryPersonalDataVault());

    private CommandRejectedException refused(Actor actor, Command c) {
        long head = store.headPosition();
        List<EnvelopeView> before = w.envelopes();
        CommandRejectedException e = catchThrowableOfType(CommandRejectedException.class, () -> w.execute(actor, c));
        assertThat(e).as("refused").isNotNull();
        assertThat(store.headPosition()).as("nothing appended").isEqualTo(head);
        assertThat(w.envelopes()).as("no balance changed").isEqualTo(before);
        for (Problem p : e.problems()) {
            assertThat(p.message().zh()).isNotBlank();
            assertThat(p.message().en()).isNotBlank();
        }
        return e;
    }

    @Test
    void negative_and_over_precise_amounts_are_refused_naming_the_field() {
        standardEnvelopes(w);
        CommandRejectedException e = refused(ADMIN, new FundEnvelope(DISTRICT_ENV, FundingSource.SOCIAL_DONATION, new BigDecimal("-5"), null));
        assertThat(e.problems()).extracting(Problem::field).containsExactly("amount");
        assertThat(e.getMessage()).contains("amount must be positive", "金额必须大于零");
        e = refused(ADMIN, new AllocateFunds(DISTRICT_ENV, JINGAN_ENV, new BigDecimal("10.001"), null));
        assertThat(e.getMessage()).contains("at most two decimals", "精确到分");
        String p = w.execute(COMMITTEE, draft(org.weishi.spi.ProjectKind.MICRO, org.weishi.spi.ProjectType.SERVICE, "100")).aggregateId();
        e = refused(COMMITTEE, new SetFundingPlan(p, List.of(new FundingLine(XIPU_ENV, new BigDecimal("-1")),
                new FundingLine(XIPU_ENV, new BigDecimal("0.005")))));
        assertThat(e.problems()).extracting(Problem::field).contains("lines[0].amount", "lines[1].amount");
    }

    @Test
    void a_commit_larger_than_available_is_refused_and_says_how_much_is_available() {
        standardEnvelopes(w);
        String p = atNotice(w, "150000", FundingLine.of(XIPU_ENV, "150000"));
        CommandRejectedException e = refused(TOWN, act(p, ProjectAction.APPROVE));
        assertThat(e.code()).isEqualTo("WS-BUDGET-001");
        assertThat(e.getMessage()).contains("envelope xipu-2021 has CNY 100,000.00 available, not enough to commit CNY 150,000.00",
                "(CNY 50,000.00 short)", "可用余额 100,000.00 元");
        assertThat(w.project(p).orElseThrow().state()).isEqualTo(ProjectState.NOTICE);
    }

    @Test
    void an_allocation_larger_than_available_is_refused() {
        standardEnvelopes(w);
        CommandRejectedException e = refused(TOWN, new AllocateFunds(JINGAN_ENV, XIPU_ENV, new BigDecimal("300000.01"), null));
        assertThat(e.getMessage()).contains("has CNY 300,000.00 available");
    }

    @Test
    void spending_on_a_project_that_is_not_approved_is_refused() {
        standardEnvelopes(w);
        String p = atNotice(w, "1000", FundingLine.of(XIPU_ENV, "1000"));
        CommandRejectedException e = refused(IMPLEMENTER, new ReportActualCost(p, List.of(FundingLine.of(XIPU_ENV, "1000"))));
        assertThat(e.code()).isEqualTo("WS-BUDGET-006");
        assertThat(e.getMessage()).contains("is NOTICE", "only on an approved project");
    }

    @Test
    void releasing_twice_is_impossible() {
        standardEnvelopes(w);
        String p = atNotice(w, "1000", FundingLine.of(XIPU_ENV, "1000"));
        drive(w, p, ProjectAction.APPROVE, ProjectAction.START, ProjectAction.TERMINATE);
        EnvelopeView after = w.envelope(XIPU_ENV).orElseThrow();
        assertThat(after.released().fen()).isEqualTo(100_000);
        // terminating again is not a transition the lifecycle has; the money stays released once
        CommandRejectedException e = refused(TOWN, act(p, ProjectAction.TERMINATE));
        assertThat(e.code()).isEqualTo("WS-LIFE-001");
        // re-planning more released money than there is is refused too
        w.execute(TOWN, new ReplanReleasedFunds(XIPU_ENV, new BigDecimal("1000"), "再安排"));
        e = refused(TOWN, new ReplanReleasedFunds(XIPU_ENV, new BigDecimal("0.01"), "再安排"));
        assertThat(e.code()).isEqualTo("WS-BUDGET-008");
        assertThat(e.getMessage()).contains("holds only CNY 0.00 of released money");
    }

    @Test
    void a_lifecycle_that_terminates_a_completed_project_still_cannot_release_its_money_twice() {
        org.weishi.core.lifecycle.TransitionTable.Builder<ProjectState, ProjectAction> b =
                org.weishi.core.lifecycle.TransitionTable.builder("project", ProjectState.DRAFT);
        org.weishi.core.lifecycle.StandardLifecycles.PROJECT.rows().forEach(b::row);
        b.side(List.of(ProjectState.COMPLETED), ProjectAction.TERMINATE, ProjectState.TERMINATED, null, Role.TOWN_OFFICER);
        org.weishi.core.district.DistrictConfig lax = org.weishi.core.district.DistrictConfig.builder(SCOPES)
                .projectLifecycle(b.build()).build();
        MemoryEventStore s = store();
        Weishi lw = Weishi.builder().district(lax).clock(CLOCK).storage(s, new MemoryPersonalDataVault()).build();
        standardEnvelopes(lw);
        String p = atNotice(lw, "1000", FundingLine.of(XIPU_ENV, "1000"));
        drive(lw, p, ProjectAction.APPROVE, ProjectAction.START, ProjectAction.SUBMIT_FOR_ACCEPTANCE);
        lw.execute(IMPLEMENTER, new ReportActualCost(p, List.of(FundingLine.of(XIPU_ENV, "800"))));
        lw.execute(TOWN, act(p, ProjectAction.ACCEPT));
        List<EnvelopeView> before = lw.envelopes();
        long head = s.headPosition();
        CommandRejectedException e = catchThrowableOfType(CommandRejectedException.class,
                () -> lw.execute(TOWN, act(p, ProjectAction.TERMINATE)));
        assertThat(e.code()).isEqualTo("WS-BUDGET-007");
        assertThat(e.getMessage()).contains("cannot be released twice");
        assertThat(s.headPosition()).isEqualTo(head);
        assertThat(lw.envelopes()).isEqualTo(before);
        assertThat(lw.envelope(XIPU_ENV).orElseThrow().released().fen()).isEqualTo(20_000);
    }

    @Test
    void a_plan_must_add_up_use_known_envelopes_of_the_year_and_scope() {
        standardEnvelopes(w);
        w.execute(ADMIN, new org.weishi.core.command.OpenEnvelope("doumen-2022", DISTRICT, 2022, "2022"));
        String p = w.execute(COMMITTEE, draft(org.weishi.spi.ProjectKind.MICRO, org.weishi.spi.ProjectType.SERVICE, "100")).aggregateId();
        CommandRejectedException e = refused(COMMITTEE, new SetFundingPlan(p, List.of(FundingLine.of("nope", "10"),
                FundingLine.of("doumen-2022", "10"), FundingLine.of(BAIJIAO_ENV, "10"))));
        assertThat(e.problems()).extracting(Problem::code).containsExactly("WS-BUDGET-002", "WS-BUDGET-004", "WS-BUDGET-004");
        e = refused(COMMITTEE, new SetFundingPlan(p, List.of(FundingLine.of(XIPU_ENV, "99.99"))));
        assertThat(e.getMessage()).contains("adds up to CNY 99.99 but the project's estimated cost is CNY 100.00");
    }

    @Test
    void the_plan_is_locked_once_money_is_committed() {
        standardEnvelopes(w);
        String p = atNotice(w, "1000", FundingLine.of(XIPU_ENV, "1000"));
        w.execute(TOWN, act(p, ProjectAction.APPROVE));
        CommandRejectedException e = refused(COMMITTEE, new SetFundingPlan(p, List.of(FundingLine.of(JINGAN_ENV, "1000"))));
        assertThat(e.code()).isEqualTo("WS-BUDGET-009");
    }

    @Test
    void allocation_only_goes_to_a_direct_child_and_within_a_year() {
        standardEnvelopes(w);
        CommandRejectedException e = refused(ADMIN, new AllocateFunds(DISTRICT_ENV, XIPU_ENV, BigDecimal.TEN, null));
        assertThat(e.getMessage()).contains("not directly below", "use TransferFunds");
        e = refused(ADMIN, new AllocateFunds(DISTRICT_ENV, DISTRICT_ENV, BigDecimal.TEN, null));
        assertThat(e.getMessage()).contains("to itself");
    }

    @Test
    void a_town_officer_cannot_move_another_towns_money() {
        standardEnvelopes(w);
        CommandRejectedException e = refused(BAIJIAO_OFFICER, new AllocateFunds(JINGAN_ENV, XIPU_ENV, BigDecimal.TEN, null));
        assertThat(e.code()).isEqualTo("WS-AUTH-001");
    }

    @Test
    void an_envelope_id_is_opened_once() {
        standardEnvelopes(w);
        CommandRejectedException e = refused(ADMIN, open(XIPU_ENV, XIPU));
        assertThat(e.code()).isEqualTo("WS-BUDGET-003");
        e = refused(ADMIN, new org.weishi.core.command.OpenEnvelope("Bad Id", XIPU, 2021, "x"));
        assertThat(e.problems()).extracting(Problem::field).containsExactly("envelopeId");
    }
}
