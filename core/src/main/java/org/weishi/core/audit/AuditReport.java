package org.weishi.core.audit;

import java.util.Optional;

/**
 * What a verification found.
 *
 * @param events events checked
 * @param streams distinct streams seen
 * @param headHash the hash of the last event checked (the chain's head), or the genesis hash
 * @param firstProblemPosition the position of the first bad event, or 0 when intact
 * @param problem what is wrong there, or empty
 */
public record AuditReport(long events, long streams, String headHash, long firstProblemPosition, String problem) {
    /** @return true when every event chains and every stream's versions run 1, 2, 3 … */
    public boolean intact() {
        return firstProblemPosition == 0;
    }

    /** @return the problem, if any */
    public Optional<String> failure() {
        return intact() ? Optional.empty() : Optional.of("position " + firstProblemPosition + ": " + problem);
    }
}
