package org.weishi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.weishi.spi.Money;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.ProjectType;
import org.weishi.spi.approval.ApprovalRule;
import org.weishi.spi.approval.Gate;
import org.weishi.spi.approval.Outcome;
import org.weishi.spi.approval.ProjectFacts;
import org.weishi.spi.approval.Verdict;

/**
 * The contract every {@link ApprovalRule} must pass. Extend it, return your plug-in's rules from
 * {@link #createRules()}, and add facts that reach your rules' interesting branches with
 * {@link #extraFacts()}.
 *
 * <pre>{@code
 * class DoumenRulesContractTest extends ApprovalRuleContract {
 *     @Override protected List<ApprovalRule> createRules() { return DoumenRulesPlugin.create(DoumenRulesConfig.defaults()); }
 * }
 * }</pre>
 *
 * <p>What it checks: ids are stable, unique and well formed; gates are stable; every gate of every
 * rule gives a verdict for every sample (never null, never an exception, even when the core left
 * out the attributes the rule reads); verdicts carry the rule's id and, unless they pass, a reason
 * in Chinese and in English; evaluation is deterministic and gives the same verdicts when many
 * threads evaluate at once; required departments are never null and are well-formed codes.
 */
public abstract class ApprovalRuleContract {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    /** The rules under test, fresh for each test. */
    protected List<ApprovalRule> rules;

    /** @return the rules to check (a plug-in's {@code approvalRules()} after start, or built directly) */
    protected abstract List<ApprovalRule> createRules();

    /** @return facts beside the standard samples, to reach the rules' own branches; empty by default */
    protected List<ProjectFacts> extraFacts() {
        return List.of();
    }

    /** @return how many threads evaluate at once in the thread-safety test */
    protected int threads() {
        return 8;
    }

    @BeforeEach
    void createRulesUnderTest() {
        rules = createRules();
        assertThat(rules).as("createRules() returned no rules: nothing would be checked").isNotEmpty();
    }

    /**
     * The standard samples: every kind and type, categories, small and large costs, with and
     * without the budget and pre-review attributes the core supplies, at several states.
     *
     * @return the samples plus {@link #extraFacts()}
     */
    protected List<ProjectFacts> samples() {
        List<ProjectFacts> out = new ArrayList<>();
        List<Map<String, String>> attributeSets = List.of(Map.of(), budgetAttributes(true, 0), budgetAttributes(true, 5_000_000),
                budgetAttributes(false, 0));
        String[] categories = {"elderly-care", "road-works", "social-insurance", "culture-sports"};
        long[] costs = {0, 150_000_00L, 200_000_00L, 350_000_00L, 620_000_00L};
        List<List<String>> paths = List.of(List.of("d", "d/t", "d/t/v"), List.of("d", "d/t"));
        int n = 0;
        for (ProjectKind kind : ProjectKind.values()) {
            for (ProjectType type : ProjectType.values()) {
                for (String category : categories) {
                    for (long cost : costs) {
                        Map<String, String> attrs = attributeSets.get(n % attributeSets.size());
                        List<String> path = paths.get(n % paths.size());
                        String state = n % 3 == 0 ? "PRE_REVIEW" : "NOTICE";
                        out.add(new ProjectFacts("P-" + n, "样例项目 " + n, kind, type, category, path, Money.ofFen(cost), 2021,
                                state, "approve", n % 4, attrs));
                        n++;
                    }
                }
            }
        }
        out.addAll(extraFacts());
        return out;
    }

    private static Map<String, String> budgetAttributes(boolean plan, long shortfallFen) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("funding.plan.present", Boolean.toString(plan));
        if (plan) {
            m.put("funding.plan.total.fen", "15000000");
            m.put("envelope.available.fen", Long.toString(15_000_000 - shortfallFen));
            m.put("funding.shortfall.fen", Long.toString(shortfallFen));
            m.put("prereview.required", "finance,justice");
            m.put("prereview.passed", shortfallFen == 0 ? "finance,justice" : "finance");
        }
        m.put("scope.year.committed.fen", "30000000");
        m.put("town.envelope.allocated.fen", "60000000");
        m.put("town.envelope.received.fen", "100000000");
        return m;
    }

    private List<Verdict> evaluateAll(ApprovalRule rule) {
        List<Verdict> out = new ArrayList<>();
        for (Gate g : rule.gates()) for (ProjectFacts f : samples()) out.add(rule.evaluate(g, f));
        return out;
    }

    /** Identity: ids and gates. */
    @Nested
    @DisplayName("identity")
    class Identity {
        @Test
        @DisplayName("ids are well formed, stable and unique")
        void ids() {
            Set<String> seen = new HashSet<>();
            for (ApprovalRule r : rules) {
                assertThat(r.id()).as("rule id of " + r.getClass().getName()).matches(ID);
                assertThat(r.id()).as("id() is stable").isEqualTo(r.id());
                assertThat(seen.add(r.id())).as("rule id '" + r.id() + "' is unique").isTrue();
            }
        }

        @Test
        @DisplayName("gates are non-null and stable")
        void gates() {
            for (ApprovalRule r : rules) {
                assertThat(r.gates()).as("gates of " + r.id()).isNotNull().doesNotContainNull();
                assertThat(r.gates()).as("gates() of " + r.id() + " is stable").isEqualTo(r.gates());
            }
        }
    }

    /** Verdicts: present, attributed, bilingual. */
    @Nested
    @DisplayName("verdicts")
    class Verdicts {
        @Test
        @DisplayName("never null, never thrown, even without the core's attributes")
        void always_a_verdict() {
            for (ApprovalRule r : rules) {
                for (Gate g : r.gates()) {
                    for (ProjectFacts f : samples()) {
                        Verdict v = r.evaluate(g, f);
                        assertThat(v).as(r.id() + " at " + g + " for " + f).isNotNull();
                        assertThat(v.ruleId()).as("verdict names its rule").isEqualTo(r.id());
                    }
                }
            }
        }

        @Test
        @DisplayName("reasons are given in Chinese and English")
        void bilingual() {
            for (ApprovalRule r : rules) {
                for (Verdict v : evaluateAll(r)) {
                    if (v.outcome() == Outcome.PASS) continue;
                    assertThat(v.reason().zh()).as(r.id() + " zh reason").isNotBlank().containsPattern(CJK);
                    assertThat(v.reason().en()).as(r.id() + " en reason").isNotBlank().doesNotContainPattern(CJK);
                }
            }
        }

        @Test
        @DisplayName("deterministic: the same facts give the same verdict")
        void deterministic() {
            for (ApprovalRule r : rules) assertThat(evaluateAll(r)).as(r.id()).isEqualTo(evaluateAll(r));
        }
    }

    /** Concurrency. */
    @Nested
    @DisplayName("thread safety")
    class ThreadSafety {
        @Test
        @DisplayName("many threads evaluating at once get the sequential verdicts")
        void concurrent() throws Exception {
            Map<ApprovalRule, List<Verdict>> expected = new LinkedHashMap<>();
            for (ApprovalRule r : rules) expected.put(r, evaluateAll(r));
            ExecutorService pool = Executors.newFixedThreadPool(threads());
            try {
                List<Future<Map<ApprovalRule, List<Verdict>>>> fs = new ArrayList<>();
                for (int t = 0; t < threads(); t++) {
                    fs.add(pool.submit(() -> {
                        Map<ApprovalRule, List<Verdict>> got = new LinkedHashMap<>();
                        for (int i = 0; i < 5; i++) for (ApprovalRule r : rules) got.put(r, evaluateAll(r));
                        return got;
                    }));
                }
                for (Future<Map<ApprovalRule, List<Verdict>>> f : fs) {
                    assertThat(f.get(2, TimeUnit.MINUTES)).isEqualTo(expected);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Pre-review departments. */
    @Nested
    @DisplayName("required departments")
    class Departments {
        @Test
        @DisplayName("never null, well-formed codes, deterministic")
        void departments() {
            for (ApprovalRule r : rules) {
                for (ProjectFacts f : samples()) {
                    Set<String> d = r.requiredDepartments(f);
                    assertThat(d).as(r.id() + " departments for " + f).isNotNull().allMatch(c -> CODE.matcher(c).matches());
                    assertThat(r.requiredDepartments(f)).isEqualTo(d);
                }
            }
        }
    }
}
