package org.weishi.core.deliberation;

/** What a failing vote (or an upheld objection) does to the project. */
public enum FailOutcome {
    /** The project goes back to its proposers to revise (DELIBERATION → PROPOSED; NOTICE → RETURNED). */
    RETURN,
    /** The project is rejected. */
    REJECT
}
