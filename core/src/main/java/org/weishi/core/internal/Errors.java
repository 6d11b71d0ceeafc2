package org.weishi.core.internal;

import java.util.Collection;
import java.util.List;
import org.weishi.core.CommandRejectedException;
import org.weishi.core.Problem;
import org.weishi.spi.LocalizedText;

/** The engine's error codes and their bilingual texts, in one place (see docs/errors.md). */
final class Errors {
    static final String UNKNOWN_SCOPE = "WS-CMD-002";
    static final String UNKNOWN_CATEGORY = "WS-CMD-003";
    static final String NOT_FOUND = "WS-CMD-004";
    static final String PROJECT_FINISHED = "WS-CMD-005";
    static final String STALE = "WS-CMD-006";
    static final String WRONG_COMMAND = "WS-CMD-007";
    static final String REASON_REQUIRED = "WS-CMD-008";
    static final String ALREADY_DONE = "WS-CMD-009";
    static final String NOT_LED = "WS-CMD-010";
    static final String FORBIDDEN = "WS-AUTH-001";
    static final String ILLEGAL_TRANSITION = "WS-LIFE-001";
    static final String RULE_REFUSED = "WS-RULE-001";
    static final String RULE_UNAVAILABLE = "WS-RULE-002";
    // budgets (issue 3)
    static final String INSUFFICIENT_FUNDS = "WS-BUDGET-001";
    static final String UNKNOWN_ENVELOPE = "WS-BUDGET-002";
    static final String ENVELOPE_EXISTS = "WS-BUDGET-003";
    static final String ENVELOPE_MISMATCH = "WS-BUDGET-004";
    static final String PLAN_TOTAL = "WS-BUDGET-005";
    static final String NOT_APPROVED = "WS-BUDGET-006";
    static final String ALREADY_SETTLED = "WS-BUDGET-007";
    static final String NOT_RELEASED = "WS-BUDGET-008";
    static final String PLAN_LOCKED = "WS-BUDGET-009";
    static final String NO_PLAN = "WS-BUDGET-010";
    // department pre-review (issue 3)
    static final String REVIEW_NOT_REQUIRED = "WS-REVIEW-001";
    static final String REVIEWS_PENDING = "WS-REVIEW-002";
    static final String REVIEW_DONE = "WS-REVIEW-003";
    static final String REVIEW_COMMENTS = "WS-REVIEW-004";
    static final String REVIEW_STATE = "WS-REVIEW-005";

    private Errors() {
    }

    static Problem problem(String code, String field, String zh, String en) {
        return new Problem(code, field, LocalizedText.of(zh, en));
    }

    static CommandRejectedException reject(String code, String field, String zh, String en) {
        return new CommandRejectedException(problem(code, field, zh, en));
    }

    static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) throw new CommandRejectedException(problems);
    }

    static String list(Collection<?> items) {
        return items.isEmpty() ? "(none)" : items.toString();
    }
}
