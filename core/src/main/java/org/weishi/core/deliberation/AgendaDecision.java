package org.weishi.core.deliberation;

/**
 * The council's decision on one agenda item.
 *
 * @param projectId the project
 * @param votesFor votes for
 * @param votesAgainst votes against
 * @param abstentions abstentions
 * @param passed whether it passed
 */
public record AgendaDecision(String projectId, int votesFor, int votesAgainst, int abstentions, boolean passed) {
}
