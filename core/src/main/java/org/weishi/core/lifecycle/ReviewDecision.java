package org.weishi.core.lifecycle;

/** One department's pre-review decision (部门预审, 问诊把脉). */
public enum ReviewDecision {
    /** 通过: the department has no objection. */
    PASS,
    /** 退回修改: the project goes back to its proposer with the department's comments. */
    RETURN,
    /** 否决: the project cannot go ahead. */
    REJECT
}
