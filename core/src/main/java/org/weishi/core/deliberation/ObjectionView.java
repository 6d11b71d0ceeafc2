package org.weishi.core.deliberation;

import java.time.Instant;

/**
 * An objection raised during a notice period.
 *
 * @param id its id within the project, e.g. {@code O-1}
 * @param text what the objector says (redacted before publication)
 * @param raisedBy the objector's account id
 * @param raisedAt when
 * @param ruling the answer, or null while open
 * @param answer the reason given with the ruling, or null
 */
public record ObjectionView(String id, String text, String raisedBy, Instant raisedAt, ObjectionRuling ruling,
                            String answer) {
    /** @return true while unanswered */
    public boolean open() {
        return ruling == null;
    }
}
