package org.weishi.core.budget;

/** How money moved between two envelopes of the same year. */
public enum FlowKind {
    /** 下达: from an envelope down to an envelope of a child scope (district → town → community). */
    ALLOCATION,
    /** 调剂: between any two envelopes of the same year (sideways, or back up the tree). */
    TRANSFER
}
