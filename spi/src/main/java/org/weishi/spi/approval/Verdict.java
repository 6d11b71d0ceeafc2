package org.weishi.spi.approval;

import java.util.Objects;
import org.weishi.spi.LocalizedText;

/**
 * One rule's verdict. A reason is required unless the outcome is {@link Outcome#PASS}; it should
 * name the rule, the limit and the actual value, e.g. "工程类项目预算 620,000.00 元超过上限
 * 500,000.00 元 / Engineering project budget CNY 620,000.00 exceeds the cap of CNY 500,000.00".
 *
 * @param ruleId the rule that gave it
 * @param outcome pass, needs revision or reject
 * @param reason why, in both languages; null only for a pass
 */
public record Verdict(String ruleId, Outcome outcome, LocalizedText reason) {
    /** Validates the parts. */
    public Verdict {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(outcome, "outcome");
        if (outcome != Outcome.PASS) Objects.requireNonNull(reason, "a " + outcome + " verdict needs a reason");
    }

    /**
     * @param ruleId rule id
     * @return a pass
     */
    public static Verdict pass(String ruleId) {
        return new Verdict(ruleId, Outcome.PASS, null);
    }

    /**
     * @param ruleId rule id
     * @param zh reason in zh-CN
     * @param en reason in English
     * @return a rejection
     */
    public static Verdict reject(String ruleId, String zh, String en) {
        return new Verdict(ruleId, Outcome.REJECT, LocalizedText.of(zh, en));
    }

    /**
     * @param ruleId rule id
     * @param zh reason in zh-CN
     * @param en reason in English
     * @return a request for revision
     */
    public static Verdict revise(String ruleId, String zh, String en) {
        return new Verdict(ruleId, Outcome.NEEDS_REVISION, LocalizedText.of(zh, en));
    }

    /** @return true for a pass */
    public boolean passed() {
        return outcome == Outcome.PASS;
    }
}
