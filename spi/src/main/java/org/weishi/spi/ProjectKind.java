package org.weishi.spi;

/** Where a project comes from. */
public enum ProjectKind {
    /** 民生微实事项目: a community-level project built from residents' demands and decided by residents. */
    MICRO,
    /** 自选动作项目: a project a department or unit starts itself. */
    SELF_SELECTED
}
