package org.weishi.core;

/** What an actor may do, granted per scope (and valid in every scope below it). */
public enum Role {
    /** 居民: raises demands, objects during notice, rates results. */
    RESIDENT,
    /** 社工: visits residents, records demands on their behalf, accepts demands. */
    SOCIAL_WORKER,
    /** 村（社区）两委: organises community projects, accepts demands. */
    COMMUNITY_COMMITTEE,
    /** 议事会成员: votes in the residents' council. */
    COUNCIL_MEMBER,
    /** 镇街干部: town or street officer; approves and supervises. */
    TOWN_OFFICER,
    /** 部门预审人员: department reviewer (问诊把脉). */
    DEPARTMENT_REVIEWER,
    /** 区管理员: district administrator. */
    DISTRICT_ADMIN,
    /** 区领导: district leader who may lead projects (领办). */
    DISTRICT_LEADER,
    /** 实施单位: the party that delivers a project. */
    IMPLEMENTER,
    /** 捐赠人: a donor (e.g. claims children's wishes). */
    DONOR,
    /** 审计: reads everything, changes nothing. */
    AUDITOR
}
