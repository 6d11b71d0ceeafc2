package org.weishi.core.deliberation;

/** How an objection raised during the notice period is answered. */
public enum ObjectionRuling {
    /** 异议成立: the project returns or is rejected, as the answer says. */
    UPHELD,
    /** 异议不成立: dismissed with a reason; the decision stands. */
    DISMISSED
}
