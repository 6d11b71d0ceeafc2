package org.weishi.spi.approval;

/** What a rule says about a project at a gate. */
public enum Outcome {
    /** The rule is satisfied. */
    PASS,
    /** The project needs changes; it goes back to its proposer with the reason. */
    NEEDS_REVISION,
    /** The project cannot go ahead. */
    REJECT
}
