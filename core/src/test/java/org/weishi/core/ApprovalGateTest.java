package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.weishi.core.Fixture.*;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.spi.Money;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.approval.ApprovalRule;
import org.weishi.spi.approval.Gate;
import org.weishi.spi.approval.ProjectFacts;
import org.weishi.spi.approval.Verdict;

class ApprovalGateTest {
    static ApprovalRule rule(String id, Gate gate, java.util.function.Function<ProjectFacts, Verdict> f) {
        return new ApprovalRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Set<Gate> gates() {
                return Set.of(gate);
            }

            @Override
            public Verdict evaluate(Gate g, ProjectFacts facts) {
                return f.apply(facts);
            }
        };
    }

    static final ApprovalRule CAP = rule("cost-cap", Gate.APPROVAL, f -> f.estimatedCost().isGreaterThan(Money.ofYuan(200_000))
            ? Verdict.reject("cost-cap", "服务类项目预算 " + f.estimatedCost().formatted() + " 元超过上限 200,000.00 元",
            "Service project budget CNY " + f.estimatedCost().formatted() + " exceeds the cap of CNY 200,000.00")
            : Verdict.pass("cost-cap"));

    private Weishi engineWith(ApprovalRule... rules) {
        CLOCK.reset();
        WeishiBuilder b = Weishi.builder().district(CONFIG).clock(CLOCK).storage(store(), new MemoryPersonalDataVault())
                .ruleTimeout(Duration.ofMillis(1000));
        for (ApprovalRule r : rules) b.approvalRule(r);
        return b.build();
    }

    private String toNotice(Weishi w, String cost) {
        String p = w.execute(COMMITTEE, project(ProjectKind.MICRO, cost)).aggregateId();
        drive(w, p, ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW, ProjectAction.PASS_REVIEW, ProjectAction.PASS_VOTE);
        CLOCK.advance(java.time.Duration.ofDays(10)); // past the notice period
        return p;
    }

    @Test
    void every_refusing_rule_is_listed_and_the_project_stays() {
        ApprovalRule always = rule("needs-minutes", Gate.APPROVAL,
                f -> Verdict.revise("needs-minutes", "缺少议事会会议纪要", "the council's minutes are missing"));
        Weishi w = engineWith(CAP, always);
        String p = toNotice(w, "620000");
        CommandRejectedException ex = catchThrowableOfType(CommandRejectedException.class,
                () -> w.execute(TOWN, act(p, ProjectAction.APPROVE)));
        assertThat(ex.problems()).extracting(Problem::field).containsExactly("rule:cost-cap", "rule:needs-minutes");
        assertThat(ex.problems().get(0).message().en()).contains("Service project budget CNY 620,000.00 exceeds the cap of CNY 200,000.00");
        assertThat(ex.problems().get(0).message().zh()).contains("620,000.00 元超过上限");
        assertThat(w.project(p).orElseThrow().state()).isEqualTo(ProjectState.NOTICE);
    }

    @Test
    void a_passing_rule_lets_the_project_through() {
        Weishi w = engineWith(CAP);
        String p = toNotice(w, "150000");
        w.execute(TOWN, act(p, ProjectAction.APPROVE));
        assertThat(w.project(p).orElseThrow().state()).isEqualTo(ProjectState.APPROVED);
    }

    @Test
    void rules_see_only_their_gates_and_public_facts() {
        AtomicInteger calls = new AtomicInteger();
        ProjectFacts[] seen = new ProjectFacts[1];
        Weishi w = engineWith(rule("spy", Gate.PRE_REVIEW, f -> {
            calls.incrementAndGet();
            seen[0] = f;
            return Verdict.pass("spy");
        }));
        toNotice(w, "100");
        assertThat(calls).hasValue(1);
        assertThat(seen[0].scopePath()).containsExactly(DISTRICT, JINGAN, XIPU);
        assertThat(seen[0].action()).isEqualTo("pass-review");
        assertThat(seen[0].state()).isEqualTo("PRE_REVIEW");
    }

    @Test
    void a_throwing_rule_fails_closed() {
        Weishi w = engineWith(rule("broken", Gate.APPROVAL, f -> {
            throw new IllegalStateException("database down");
        }));
        String p = toNotice(w, "100");
        CommandRejectedException ex = catchThrowableOfType(CommandRejectedException.class,
                () -> w.execute(TOWN, act(p, ProjectAction.APPROVE)));
        assertThat(ex.code()).isEqualTo("WS-RULE-002");
        assertThat(ex.getMessage()).contains("rule broken unavailable");
        assertThat(w.project(p).orElseThrow().state()).isEqualTo(ProjectState.NOTICE);
    }

    @Test
    void a_hanging_rule_times_out_and_fails_closed() {
        Weishi w = engineWith(rule("slow", Gate.APPROVAL, f -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Verdict.pass("slow");
        }));
        String p = toNotice(w, "100");
        CommandRejectedException ex = catchThrowableOfType(CommandRejectedException.class,
                () -> w.execute(TOWN, act(p, ProjectAction.APPROVE)));
        assertThat(ex.getMessage()).contains("rule slow unavailable").contains("exceeded the time limit of 1000 ms");
    }

    @Test
    void gates_of_skipped_stages_are_still_evaluated() {
        AtomicInteger calls = new AtomicInteger();
        Weishi w = engineWith(rule("council-check", Gate.DELIBERATION, f -> {
            calls.incrementAndGet();
            return Verdict.pass("council-check");
        }));
        String p = w.execute(TOWN, project(ProjectKind.SELF_SELECTED, "100")).aggregateId();
        drive(w, p, ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW, ProjectAction.PASS_REVIEW);
        assertThat(calls).hasValue(1);
    }
}
