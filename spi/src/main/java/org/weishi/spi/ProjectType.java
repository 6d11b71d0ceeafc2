package org.weishi.spi;

/** What a project buys; drives the cost caps (服务类/货物类/工程类). */
public enum ProjectType {
    /** 服务类: services such as home care visits or counselling. */
    SERVICE,
    /** 货物类: goods such as equipment. */
    GOODS,
    /** 工程类: construction such as parks, roads, renovation. */
    ENGINEERING
}
