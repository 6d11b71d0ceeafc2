package org.weishi.core.lifecycle;

/** Actions on a project. */
public enum ProjectAction {
    /** 提出. */
    PROPOSE,
    /** 提交预审. */
    SUBMIT_FOR_REVIEW,
    /** 退回修改. */
    RETURN,
    /** 修改后重新提出. */
    REVISE,
    /** 预审通过. */
    PASS_REVIEW,
    /** 议事会表决通过. */
    PASS_VOTE,
    /** 议事会表决未通过. */
    FAIL_VOTE,
    /** 立项. */
    APPROVE,
    /** 开工实施. */
    START,
    /** 暂停. */
    SUSPEND,
    /** 恢复. */
    RESUME,
    /** 申请验收. */
    SUBMIT_FOR_ACCEPTANCE,
    /** 验收通过. */
    ACCEPT,
    /** 验收不通过，整改. */
    REWORK,
    /** 销号. */
    CLOSE,
    /** 否决. */
    REJECT,
    /** 撤回. */
    WITHDRAW,
    /** 终止. */
    TERMINATE
}
