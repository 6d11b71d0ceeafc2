package org.weishi.core.lifecycle;

/** States of a demand (群众点单). */
public enum DemandState {
    /** 已提交: raised through a channel, waiting to be handled. */
    SUBMITTED,
    /** 已受理: accepted as a valid need. */
    ACCEPTED,
    /** 不予受理: rejected, with a reason. */
    REJECTED,
    /** 已合并: a duplicate merged into another demand. */
    MERGED,
    /** 已采纳: linked to a project. */
    ADOPTED,
    /** 暂不采纳: accepted but not taken up, with a reason. */
    DECLINED,
    /** 已办结: its project is done. */
    RESOLVED,
    /** 已撤回: withdrawn by the resident. */
    WITHDRAWN
}
