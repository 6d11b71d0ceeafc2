package org.weishi.core.district;

import java.util.Objects;
import org.weishi.spi.LocalizedText;

/**
 * A demand category.
 *
 * @param code stable code, e.g. {@code elderly-care}
 * @param name display name in both languages
 * @param group its group
 */
public record Category(String code, LocalizedText name, CategoryGroup group) {
    /** Validates the parts. */
    public Category {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
    }

    /** The standard categories of Doumen's 2021 programme. */
    public static final java.util.List<Category> STANDARD = java.util.List.of(
            c("employment", "就业", "Employment", CategoryGroup.BASIC_LIVELIHOOD),
            c("education", "教育", "Education", CategoryGroup.BASIC_LIVELIHOOD),
            c("social-insurance", "社保", "Social insurance", CategoryGroup.BASIC_LIVELIHOOD),
            c("medical-care", "医疗", "Medical care", CategoryGroup.BASIC_LIVELIHOOD),
            c("elderly-care", "养老", "Elderly care", CategoryGroup.BASIC_LIVELIHOOD),
            c("childcare", "托育", "Childcare", CategoryGroup.BASIC_LIVELIHOOD),
            c("housing", "住房", "Housing", CategoryGroup.BASIC_LIVELIHOOD),
            c("household-registration", "户籍", "Household registration", CategoryGroup.BASIC_LIVELIHOOD),
            c("special-groups", "特殊群体关爱", "Care for special groups", CategoryGroup.MICRO_MATTER),
            c("living-environment", "人居环境", "Living environment", CategoryGroup.MICRO_MATTER),
            c("public-facilities", "公共设施", "Public facilities", CategoryGroup.MICRO_MATTER),
            c("safety-hazards", "安全隐患", "Safety hazards", CategoryGroup.MICRO_MATTER),
            c("technology-services", "科技服务", "Technology services", CategoryGroup.MICRO_MATTER),
            c("environment", "生态环境", "Environment", CategoryGroup.HEART),
            c("road-works", "道路建设", "Road works", CategoryGroup.HEART),
            c("city-management", "城市管理", "City management", CategoryGroup.HEART),
            c("culture-sports", "文体", "Culture and sports", CategoryGroup.HEART),
            c("old-estate-renovation", "老旧小区改造", "Old-estate renovation", CategoryGroup.HEART),
            c("water-safety", "饮水安全", "Water safety", CategoryGroup.HEART),
            c("parking", "停车", "Parking", CategoryGroup.HEART),
            c("food-supply", "菜篮子米袋子", "Food supply", CategoryGroup.HEART));

    private static Category c(String code, String zh, String en, CategoryGroup g) {
        return new Category(code, LocalizedText.of(zh, en), g);
    }
}
