package org.weishi.core.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.weishi.spi.approval.ApprovalRule;
import org.weishi.spi.approval.Gate;
import org.weishi.spi.approval.Outcome;
import org.weishi.spi.approval.ProjectFacts;
import org.weishi.spi.approval.Verdict;

/**
 * Evaluates approval rules with containment: a rule that throws, returns null or runs past the
 * time limit yields a REJECT verdict "rule X unavailable" — rules fail closed, so a broken rule
 * never lets a project through, and never takes the host down.
 */
public final class RuleRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RuleRunner.class);
    private final List<ApprovalRule> rules;
    private final Duration timeout;
    private final ExecutorService executor;

    /**
     * @param rules the rules in evaluation order
     * @param timeout per-rule time limit
     */
    public RuleRunner(List<ApprovalRule> rules, Duration timeout) {
        this.rules = List.copyOf(rules);
        this.timeout = timeout;
        this.executor = rules.isEmpty() ? null : Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "weishi-rule");
            t.setDaemon(true);
            return t;
        });
    }

    /** @return the rules */
    public List<ApprovalRule> rules() {
        return rules;
    }

    /** @return true when at least one rule is installed */
    boolean hasRules() {
        return !rules.isEmpty();
    }

    /**
     * @param gate a gate
     * @param facts the project's facts
     * @return every verdict of every rule at that gate (passes included), in rule order
     */
    public List<Verdict> evaluate(Gate gate, ProjectFacts facts) {
        List<Verdict> out = new ArrayList<>();
        for (ApprovalRule rule : rules) {
            String id = safeId(rule);
            boolean applies;
            try {
                applies = rule.gates().contains(gate);
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("Approval rule '{}' failed to say its gates; treated as unavailable", id, e);
                out.add(unavailable(id, "gates() threw " + e));
                continue;
            }
            if (!applies) continue;
            Future<Verdict> f = executor.submit(() -> rule.evaluate(gate, facts));
            try {
                Verdict v = f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                out.add(v == null ? unavailable(id, "returned no verdict") : v);
            } catch (TimeoutException e) {
                f.cancel(true);
                LOG.warn("Approval rule '{}' exceeded {} ms at gate {} for project {}; treated as unavailable",
                        id, timeout.toMillis(), gate, facts.projectId());
                out.add(unavailable(id, "exceeded the time limit of " + timeout.toMillis() + " ms"));
            } catch (ExecutionException e) {
                LOG.warn("Approval rule '{}' threw at gate {} for project {}; treated as unavailable",
                        id, gate, facts.projectId(), e.getCause());
                out.add(unavailable(id, "threw " + e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                out.add(unavailable(id, "interrupted"));
            }
        }
        return out;
    }

    /**
     * The departments a project needs for pre-review: the union of every rule's
     * {@link ApprovalRule#requiredDepartments}, in rule order, without duplicates.
     *
     * @param departments the departments
     * @param failures ids of rules that threw, returned null or ran past the time limit (fail closed)
     */
    record Departments(List<String> departments, List<String> failures) {
    }

    /**
     * @param facts the project's facts
     * @return the required departments, and the rules that could not say
     */
    Departments requiredDepartments(ProjectFacts facts) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        List<String> failures = new ArrayList<>();
        for (ApprovalRule rule : rules) {
            String id = safeId(rule);
            Future<java.util.Set<String>> f = executor.submit(() -> rule.requiredDepartments(facts));
            try {
                java.util.Set<String> d = f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (d == null) {
                    failures.add(id);
                } else {
                    d.stream().sorted().forEach(out::add);
                }
            } catch (TimeoutException e) {
                f.cancel(true);
                LOG.warn("Approval rule '{}' exceeded {} ms naming departments for project {}", id, timeout.toMillis(), facts.projectId());
                failures.add(id);
            } catch (ExecutionException e) {
                LOG.warn("Approval rule '{}' threw naming departments for project {}", id, facts.projectId(), e.getCause());
                failures.add(id);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(id);
            }
        }
        return new Departments(List.copyOf(out), failures);
    }

    private static String safeId(ApprovalRule rule) {
        try {
            return rule.id();
        } catch (RuntimeException | LinkageError e) {
            return rule.getClass().getName();
        }
    }

    /** Id prefix that marks a verdict produced by containment rather than by the rule itself. */
    static final String UNAVAILABLE = "unavailable:";

    private static Verdict unavailable(String id, String why) {
        return new Verdict(UNAVAILABLE + id, Outcome.REJECT, org.weishi.spi.LocalizedText.of(
                "规则 " + id + " 不可用（" + why + "），为安全起见本环节不予通过；请联系系统管理员修复该插件",
                "rule " + id + " unavailable (" + why + "); the gate refuses until it is fixed: ask the administrator to repair the plug-in"));
    }

    @Override
    public void close() {
        if (executor != null) executor.shutdownNow();
    }
}
