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
