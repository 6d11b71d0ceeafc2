package org.weishi.core.lifecycle;

/** Actions on a demand. */
public enum DemandAction {
    /** 受理. */
    ACCEPT,
    /** 不予受理. */
    REJECT,
    /** 合并到另一条需求. */
    MERGE,
    /** 采纳（关联项目）. */
    ADOPT,
    /** 暂不采纳. */
    DECLINE,
    /** 办结 (follows its project). */
    RESOLVE,
    /** 退回需求池 (its project was dropped). */
    RELEASE,
    /** 撤回. */
    WITHDRAW
}
