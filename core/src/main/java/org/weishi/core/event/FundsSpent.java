package org.weishi.core.event;


/**
 * A project's commitment in one envelope was settled: the actual cost spent, the remainder released (结余). When the actual cost exceeds the commitment, the extra came from the envelope's available money.
 *
 * @param envelopeId the envelope
 * @param projectId the project
 * @param committedFen what was committed
 * @param actualFen what was actually spent (the variance is {@code actualFen - committedFen})
 * @param releasedFen what was released back to the envelope ({@code max(0, committed - actual)})
 * @param outcome {@code COMPLETED} or {@code TERMINATED}
 */
public record FundsSpent(String envelopeId, String projectId, long committedFen, long actualFen, long releasedFen, String outcome) implements DomainEvent {
    @Override
    public String aggregateId() {
        return envelopeId;
    }
}
