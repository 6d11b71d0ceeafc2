package org.weishi.core.deliberation;

import java.time.LocalDate;
import java.util.List;

/**
 * A project's public notice period.
 *
 * @param projectId the project
 * @param publishedOn the day it was published
 * @param endsOn the last day objections are accepted
 * @param objections every objection, in order
 */
public record NoticeView(String projectId, LocalDate publishedOn, LocalDate endsOn, List<ObjectionView> objections) {
    /** Copies. */
    public NoticeView {
        objections = List.copyOf(objections);
    }

    /** @return objections not yet answered */
    public long openObjections() {
        return objections.stream().filter(ObjectionView::open).count();
    }
}
