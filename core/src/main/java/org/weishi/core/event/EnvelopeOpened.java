package org.weishi.core.event;


/**
 * A budget envelope was opened for one scope and year (stream {@code envelope/<id>}).
 *
 * @param envelopeId the envelope's id
 * @param scopeId the scope it belongs to
 * @param year the budget year
 * @param name its display name
 */
public record EnvelopeOpened(String envelopeId, String scopeId, int year, String name) implements DomainEvent {
    @Override
    public String aggregateId() {
        return envelopeId;
    }
}
