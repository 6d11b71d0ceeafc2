package org.weishi.core.lifecycle;

/** States of a project (民生微实事 / 自选动作). */
public enum ProjectState {
    /** 草拟. */
    DRAFT,
    /** 已提出. */
    PROPOSED,
    /** 部门预审中. */
    PRE_REVIEW,
    /** 退回修改. */
    RETURNED,
    /** 议事协商中. */
    DELIBERATION,
    /** 公示中. */
    NOTICE,
    /** 已立项 (money committed). */
    APPROVED,
    /** 实施中. */
    IMPLEMENTING,
    /** 暂停. */
    SUSPENDED,
    /** 验收中. */
    ACCEPTANCE,
    /** 已完成 (money spent, remainder released). */
    COMPLETED,
    /** 已销号. */
    CLOSED,
    /** 未通过. */
    REJECTED,
    /** 已撤回. */
    WITHDRAWN,
    /** 已终止 (remainder released). */
    TERMINATED
}
