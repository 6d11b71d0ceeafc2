package org.weishi.core.district;

/** The administrative levels of the scope tree. */
public enum ScopeLevel {
    /** 区. */
    DISTRICT,
    /** 镇 / 街道. */
    TOWN,
    /** 村 / 社区. */
    COMMUNITY
}
