package org.weishi.core.deliberation;

/** A council member's vote on one agenda item. */
public enum VoteChoice {
    /** 赞成. */
    FOR,
    /** 反对. */
    AGAINST,
    /** 弃权. */
    ABSTAIN
}
