package org.weishi.spi.approval;

import java.util.Set;

/**
 * A rule evaluated at one or more gates of a project's lifecycle. Districts write their own.
 *
 * <h2>Implementation requirements</h2>
 * <ul>
 *   <li><b>Thread-safe and side-effect free.</b> The core may evaluate the same rule for many
 *       projects at once, and may evaluate it again for the same project (a retry after a
 *       concurrent change).</li>
 *   <li><b>Fast.</b> Rules are evaluated inside command handling; the host enforces a time limit
 *       and treats a rule that exceeds it as unavailable.</li>
 *   <li><b>Fail closed.</b> A rule that throws is reported as unavailable and the gate refuses
 *       the transition: a broken rule never lets a project through.</li>
 *   <li>{@link #id()} is stable and unique among the host's rules.</li>
 *   <li>Never returns null.</li>
 * </ul>
 */
public interface ApprovalRule {
    /** @return stable id, e.g. {@code cost-cap} */
    String id();

    /** @return the gates this rule is evaluated at */
    Set<Gate> gates();

    /**
     * @param gate the gate being passed
     * @param facts the project's public facts
     * @return this rule's verdict
     */
    Verdict evaluate(Gate gate, ProjectFacts facts);

    /**
     * The departments that must pre-review this project (部门预审, 问诊把脉), by department code,
     * e.g. {@code finance}, {@code housing-construction}. The core asks every rule when a project
     * is submitted for review and takes the union; the project passes pre-review only when each of
     * them has passed. The same requirements as {@link #evaluate} apply: thread-safe, fast, never
     * null; a rule that throws makes the submission fail closed.
     *
     * @param facts the project's public facts at submission
     * @return department codes (lowercase letters, digits and dashes); empty by default
     * @since 0.1
     */
    default Set<String> requiredDepartments(ProjectFacts facts) {
        return Set.of();
    }
}
