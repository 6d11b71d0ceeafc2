package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.weishi.core.Budgets.*;
import static org.weishi.core.Fixture.*;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.weishi.core.view.EnvelopeReport;
import org.weishi.core.budget.FlowKind;
import org.weishi.core.budget.FundingSource;
import org.weishi.core.budget.FundingState;
import org.weishi.core.command.FundingLine;
import org.weishi.core.command.ReplanReleasedFunds;
import org.weishi.core.command.ReportActualCost;
import org.weishi.core.command.TransferFunds;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.core.view.EnvelopeView;
import org.weishi.core.view.ProjectFundingView;
import org.weishi.plugins.storage.memory.MemoryEventStore;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.spi.Money;

class BudgetTest {
    private static Money yuan(long y) {
        return Money.ofYuan(y);
    }

    private static EnvelopeView env(Weishi w, String id) {
        return w.envelope(id).orElseThrow();
    }

    @Test
    void funding_and_allocation_down_the_tree_keep_every_envelope_balanced() {
        Weishi w = engine();
        standardEnvelopes(w);
        EnvelopeView d = env(w, DISTRICT_ENV);
        assertThat(d.funded()).containsEntry(FundingSource.DISTRICT_FINANCE, yuan(900_000))
                .containsEntry(FundingSource.CIVILISATION_FOUNDATION, yuan(100_000))
                .containsEntry(FundingSource.SOCIAL_DONATION, Money.ZERO);
        assertThat(d.allocated()).isEqualTo(yuan(600_000));
        assertThat(d.available()).isEqualTo(yuan(600_000));
        assertThat(env(w, JINGAN_ENV).allocated()).isEqualTo(yuan(300_000));
        assertThat(env(w, JINGAN_ENV).allocatedIn()).isEqualTo(yuan(400_000));
        assertThat(env(w, XIPU_ENV).available()).isEqualTo(yuan(100_000));
        assertThat(w.envelopes()).allMatch(EnvelopeView::balanced).hasSize(4);
    }

    @Test
    void approval_commits_in_the_same_append_and_completion_spends_and_releases_the_remainder() {
        MemoryEventStore store = store();
        Weishi w = engine(store, new MemoryPersonalDataVault());
        standardEnvelopes(w);
        String p = atNotice(w, "150000", FundingLine.of(XIPU_ENV, "100000"), FundingLine.of(JINGAN_ENV, "50000"));
        long before = store.headPosition();
        Receipt r = w.execute(TOWN, act(p, ProjectAction.APPROVE));
        // one append: the project transition, two envelope commitments and the funding marker
        assertThat(r.eventTypes()).containsExactly("ProjectTransitioned", "FundsCommitted", "FundsCommitted", "FundingCommitted");
        assertThat(store.headPosition()).isEqualTo(before + 4);
        assertThat(env(w, XIPU_ENV).committed()).isEqualTo(yuan(100_000));
        assertThat(env(w, XIPU_ENV).available()).isEqualTo(Money.ZERO);
        assertThat(env(w, JINGAN_ENV).committed()).isEqualTo(yuan(50_000));
        assertThat(w.funding(p).orElseThrow().state()).isEqualTo(FundingState.COMMITTED);

        drive(w, p, ProjectAction.START, ProjectAction.SUBMIT_FOR_ACCEPTANCE);
        w.execute(IMPLEMENTER, new ReportActualCost(p, List.of(FundingLine.of(XIPU_ENV, "92000.50"), FundingLine.of(JINGAN_ENV, "50000"))));
        w.execute(TOWN, act(p, ProjectAction.ACCEPT));

        EnvelopeView x = env(w, XIPU_ENV);
        assertThat(x.committed()).isEqualTo(Money.ZERO);
        assertThat(x.spent()).isEqualTo(Money.parse("92000.50"));
        assertThat(x.released()).isEqualTo(Money.parse("7999.50"));
        assertThat(x.variance()).isEqualTo(Money.parse("-7999.50"));
        assertThat(x.available()).isEqualTo(Money.ZERO);
        assertThat(env(w, JINGAN_ENV).spent()).isEqualTo(yuan(50_000));
        ProjectFundingView f = w.funding(p).orElseThrow();
        assertThat(f.state()).isEqualTo(FundingState.SETTLED);
        assertThat(f.outcome()).isEqualTo("COMPLETED");
        assertThat(f.spentTotal()).isEqualTo(Money.parse("142000.50"));
        assertThat(w.envelopes()).allMatch(EnvelopeView::balanced);

        // released money comes back only when an officer re-plans it
        w.execute(TOWN, new ReplanReleasedFunds(XIPU_ENV, new BigDecimal("7999.50"), "结余再安排"));
        assertThat(env(w, XIPU_ENV).available()).isEqualTo(Money.parse("7999.50"));
        assertThat(env(w, XIPU_ENV).released()).isEqualTo(Money.ZERO);
        assertThat(w.envelopes()).allMatch(EnvelopeView::balanced);
    }

    @Test
    void completion_without_a_report_spends_the_commitment() {
        Weishi w = engine();
        standardEnvelopes(w);
        String p = atNotice(w, "80000", FundingLine.of(XIPU_ENV, "80000"));
        drive(w, p, ProjectAction.APPROVE, ProjectAction.START, ProjectAction.SUBMIT_FOR_ACCEPTANCE, ProjectAction.ACCEPT);
        assertThat(env(w, XIPU_ENV).spent()).isEqualTo(yuan(80_000));
        assertThat(env(w, XIPU_ENV).released()).isEqualTo(Money.ZERO);
        assertThat(env(w, XIPU_ENV).available()).isEqualTo(yuan(20_000));
    }

    @Test
    void an_overrun_is_paid_from_available_money_and_recorded_as_variance() {
        Weishi w = engine();
        standardEnvelopes(w);
        String p = atNotice(w, "60000", FundingLine.of(XIPU_ENV, "60000"));
        drive(w, p, ProjectAction.APPROVE, ProjectAction.START, ProjectAction.SUBMIT_FOR_ACCEPTANCE);
        w.execute(IMPLEMENTER, new ReportActualCost(p, List.of(FundingLine.of(XIPU_ENV, "65000"))));
        w.execute(TOWN, act(p, ProjectAction.ACCEPT));
        EnvelopeView x = env(w, XIPU_ENV);
        assertThat(x.spent()).isEqualTo(yuan(65_000));
        assertThat(x.variance()).isEqualTo(yuan(5_000));
        assertThat(x.available()).isEqualTo(yuan(35_000));
        assertThat(x.balanced()).isTrue();
    }

    @Test
    void an_overrun_beyond_available_money_is_refused_and_nothing_changes() {
        Weishi w = engine();
        standardEnvelopes(w);
        String p = atNotice(w, "90000", FundingLine.of(XIPU_ENV, "90000"));
        drive(w, p, ProjectAction.APPROVE, ProjectAction.START, ProjectAction.SUBMIT_FOR_ACCEPTANCE);
        w.execute(IMPLEMENTER, new ReportActualCost(p, List.of(FundingLine.of(XIPU_ENV, "120000"))));
        EnvelopeView before = env(w, XIPU_ENV);
        assertThatThrownBy(() -> w.execute(TOWN, act(p, ProjectAction.ACCEPT)))
                .isInstanceOf(CommandRejectedException.class)
                .hasMessageContaining("WS-BUDGET-001")
                .hasMessageContaining("only CNY 10,000.00 is available");
        assertThat(env(w, XIPU_ENV)).isEqualTo(before);
        assertThat(w.project(p).orElseThrow().state()).isEqualTo(ProjectState.ACCEPTANCE);
    }

    @Test
    void termination_releases_what_was_not_spent() {
        Weishi w = engine();
        standardEnvelopes(w);
        String p = atNotice(w, "100000", FundingLine.of(XIPU_ENV, "40000"), FundingLine.of(DISTRICT_ENV, "60000"));
        drive(w, p, ProjectAction.APPROVE, ProjectAction.START);
        w.execute(IMPLEMENTER, new ReportActualCost(p, List.of(FundingLine.of(XIPU_ENV, "12000"), FundingLine.of(DISTRICT_ENV, "0"))));
        w.execute(TOWN, act(p, ProjectAction.TERMINATE));
        assertThat(env(w, XIPU_ENV).spent()).isEqualTo(yuan(12_000));
        assertThat(env(w, XIPU_ENV).released()).isEqualTo(yuan(28_000));
        assertThat(env(w, DISTRICT_ENV).released()).isEqualTo(yuan(60_000));
        assertThat(env(w, DISTRICT_ENV).committed()).isEqualTo(Money.ZERO);
        assertThat(w.funding(p).orElseThrow().outcome()).isEqualTo("TERMINATED");
        assertThat(w.envelopes()).allMatch(EnvelopeView::balanced);
    }

    @Test
    void a_project_without_a_plan_is_approved_without_touching_money() {
        Weishi w = engine();
        standardEnvelopes(w);
        String p = atNotice(w, "50000");
        w.execute(TOWN, act(p, ProjectAction.APPROVE));
        assertThat(w.funding(p)).isEmpty();
        assertThat(w.envelopes()).allMatch(e -> e.committed().equals(Money.ZERO));
    }

    @Test
    void transfers_move_available_money_sideways_with_a_reason() {
        Weishi w = engine();
        standardEnvelopes(w);
        w.execute(ADMIN, new TransferFunds(JINGAN_ENV, BAIJIAO_ENV, new BigDecimal("50000"), "白蕉镇项目多，调剂"));
        assertThat(env(w, BAIJIAO_ENV).allocatedIn()).isEqualTo(yuan(50_000));
        assertThat(env(w, JINGAN_ENV).allocatedOut()).isEqualTo(yuan(150_000));
        assertThat(env(w, JINGAN_ENV).available()).isEqualTo(yuan(250_000));
        assertThatThrownBy(() -> w.execute(ADMIN, new TransferFunds(JINGAN_ENV, BAIJIAO_ENV, BigDecimal.ONE, " ")))
                .hasMessageContaining("a transfer needs a reason");
        assertThat(FlowKind.values()).hasSize(2);
    }

    @Test
    void the_state_survives_a_restart_by_replay() {
        MemoryEventStore store = store();
        MemoryPersonalDataVault vault = new MemoryPersonalDataVault();
        Weishi w = engine(store, vault);
        standardEnvelopes(w);
        String p = atNotice(w, "100000", FundingLine.of(XIPU_ENV, "100000"));
        drive(w, p, ProjectAction.APPROVE, ProjectAction.START, ProjectAction.TERMINATE);
        List<EnvelopeView> live = w.envelopes();
        Weishi again = engine(store, vault);
        assertThat(again.envelopes()).isEqualTo(live);
        assertThat(again.funding(p)).isEqualTo(w.funding(p));
    }

    @Test
    void rules_see_the_budget_facts_at_approval() {
        java.util.concurrent.atomic.AtomicReference<java.util.Map<String, String>> seen = new java.util.concurrent.atomic.AtomicReference<>();
        Weishi w = Weishi.builder().district(CONFIG).clock(CLOCK).storage(store(), new MemoryPersonalDataVault())
                .approvalRule(ApprovalGateTest.rule("spy", org.weishi.spi.approval.Gate.APPROVAL, f -> {
                    seen.set(f.attributes());
                    return org.weishi.spi.approval.Verdict.pass("spy");
                })).build();
        standardEnvelopes(w);
        String first = atNotice(w, "30000", FundingLine.of(XIPU_ENV, "30000"));
        w.execute(TOWN, act(first, ProjectAction.APPROVE));
        String p = atNotice(w, "150000", FundingLine.of(XIPU_ENV, "100000"), FundingLine.of(JINGAN_ENV, "50000"));
        assertThatThrownBy(() -> w.execute(TOWN, act(p, ProjectAction.APPROVE))) // the core refuses: xipu has 70,000 left
                .hasMessageContaining("WS-BUDGET-001");
        assertThat(seen.get())
                .containsEntry("funding.plan.present", "true")
                .containsEntry("funding.plan.total.fen", "15000000")
                .containsEntry("funding.plan.envelopes", "xipu-2021,jingan-2021")
                .containsEntry("envelope.available.fen", Long.toString(7_000_000L + 30_000_000L))
                .containsEntry("funding.shortfall.fen", "3000000")
                .containsEntry("scope.year.committed.fen", "3000000")
                .containsEntry("scope.envelope.allocated.fen", "10000000")
                .containsEntry("town.scope.id", JINGAN)
                .containsEntry("town.envelope.allocated.fen", "30000000")
                .containsEntry("town.envelope.received.fen", "40000000");
    }

    @Test
    void the_report_prints_every_balance() {
        Weishi w = engine();
        standardEnvelopes(w);
        List<String> lines = EnvelopeReport.lines(w.envelopes());
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).contains("allocated", "committed", "spent", "released", "available");
        assertThat(String.join("\n", lines)).contains("jingan-2021", "300,000.00", "ok");
    }
}
