package org.weishi.core.district;

/** The three groups of demand categories Doumen named. */
public enum CategoryGroup {
    /** 基本民生: employment, education, insurance, medical and elderly care … */
    BASIC_LIVELIHOOD,
    /** 微小事项: special groups, living environment, public facilities, safety hazards … */
    MICRO_MATTER,
    /** 暖心工程: environment, roads, culture and sports, old-estate renovation … */
    HEART
}
