package org.weishi.plugins.rules.standard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.weishi.spi.Money;
import org.weishi.spi.approval.ApprovalRule;
import org.weishi.spi.approval.Gate;
import org.weishi.spi.approval.ProjectFacts;
import org.weishi.spi.approval.Verdict;

/**
 * Base of the pack's rules: an id, the gates, and immutable settings. Rules keep no state between
 * calls, so they are thread-safe and deterministic.
 */
abstract class StandardRule implements ApprovalRule {
    private final String id;
    private final Set<Gate> gates;
    final Settings settings;

    StandardRule(String id, Settings settings, Gate... gates) {
        this.id = id;
        this.settings = settings;
        this.gates = Set.of(gates);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Set<Gate> gates() {
        return gates;
    }

    @Override
    public final Verdict evaluate(Gate gate, ProjectFacts facts) {
        Objects.requireNonNull(facts, "facts");
        return check(gate, facts);
    }

    abstract Verdict check(Gate gate, ProjectFacts facts);

    Verdict pass() {
        return Verdict.pass(id);
    }

    /** Joins several findings into one verdict of the given outcome. */
    Verdict findings(List<String[]> found, boolean reject) {
        if (found.isEmpty()) return pass();
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (String[] f : found) {
            zh.add(f[0]);
            en.add(f[1]);
        }
        String z = String.join("；", zh);
        String e = String.join("; ", en);
        return reject ? Verdict.reject(id, z, e) : Verdict.revise(id, z, e);
    }

    /** @return the attribute, or null when the core did not supply it */
    static String attr(ProjectFacts f, String key) {
        return f.attributes().get(key);
    }

    /** @return the attribute as fen, or null when absent or not a number */
    static Money fen(ProjectFacts f, String key) {
        String v = attr(f, key);
        if (v == null) return null;
        try {
            return Money.ofFen(Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** @return the comma-separated attribute as a list (empty when absent or blank) */
    static List<String> list(ProjectFacts f, String key) {
        String v = attr(f, key);
        if (v == null || v.isBlank()) return List.of();
        return Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** A rejection for facts the core should have supplied: fail closed, saying which. */
    Verdict missing(String key) {
        return Verdict.reject(id, "缺少事实 '" + key + "'：当前核心版本没有提供该信息，规则 " + id + " 无法判断，为安全起见不予通过",
                "fact '" + key + "' is missing: the core did not supply it, so rule " + id + " cannot judge and refuses (fail closed)");
    }

    @Override
    public String toString() {
        return "rule '" + id + "' " + gates;
    }
}
