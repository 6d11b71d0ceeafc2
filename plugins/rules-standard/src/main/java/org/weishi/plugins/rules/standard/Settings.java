package org.weishi.plugins.rules.standard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.weishi.spi.Money;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.ProjectType;

/**
 * The pack's settings after validation: the defaults of docs/rules-standard.md, overridden key by
 * key by the district's JSON. Immutable once built.
 */
final class Settings {
    static final String COST_CAP = "cost-cap";
    static final String CATEGORY_BY_KIND = "category-by-kind";
    static final String REVIEW_DEPARTMENTS = "review-departments";
    static final String ENVELOPE_AVAILABLE = "envelope-available";
    static final String PROJECT_GATE = "project-gate";
    static final String PROCEDURE_GATE = "procedure-gate";
    static final String LEGAL_GATE = "legal-gate";
    static final List<String> RULE_IDS = List.of(COST_CAP, CATEGORY_BY_KIND, REVIEW_DEPARTMENTS, ENVELOPE_AVAILABLE,
            PROJECT_GATE, PROCEDURE_GATE, LEGAL_GATE);

    /** Categories a MICRO project may use by default: the standard ones except statutory department matters. */
    static final List<String> MICRO_CATEGORIES = List.of("employment", "education", "medical-care", "elderly-care",
            "childcare", "housing", "special-groups", "living-environment", "public-facilities", "safety-hazards",
            "technology-services", "environment", "road-works", "city-management", "culture-sports",
            "old-estate-renovation", "water-safety", "parking", "food-supply");

    final Set<String> disabled = new LinkedHashSet<>();
    final Map<ProjectType, Money> caps = new EnumMap<>(ProjectType.class);
    /** Per kind, the allowed categories; {@code "*"} allows every category. */
    final Map<ProjectKind, Set<String>> allowed = new EnumMap<>(ProjectKind.class);
    final List<String> always = new ArrayList<>();
    final Map<String, List<String>> byCategory = new LinkedHashMap<>();
    final Map<ProjectType, List<String>> byType = new EnumMap<>(ProjectType.class);
    /** Departments for projects whose estimated cost is strictly above the key. */
    final TreeMap<Money, List<String>> aboveCost = new TreeMap<>();
    boolean requirePlan = true;
    int minDemandsForMicro = 1;
    boolean microAtCommunityLevel = true;
    boolean requireNotice = true;
    boolean requireReviews = true;
    String legalDepartment = "justice";
    Money legalReviewAbove = Money.ofYuan(200_000);
    final Set<ProjectType> legalAlwaysFor = EnumSet.of(ProjectType.ENGINEERING);

    /** @return the defaults */
    static Settings defaults() {
        Settings s = new Settings();
        s.caps.put(ProjectType.SERVICE, Money.ofYuan(200_000));
        s.caps.put(ProjectType.GOODS, Money.ofYuan(200_000));
        s.caps.put(ProjectType.ENGINEERING, Money.ofYuan(500_000));
        s.allowed.put(ProjectKind.MICRO, new LinkedHashSet<>(MICRO_CATEGORIES));
        s.allowed.put(ProjectKind.SELF_SELECTED, Set.of("*"));
        s.always.add("finance");
        dept(s, "civil-affairs", "elderly-care", "special-groups", "childcare");
        dept(s, "education", "education");
        dept(s, "health", "medical-care");
        dept(s, "human-resources", "employment", "social-insurance");
        dept(s, "housing-construction", "housing", "road-works", "old-estate-renovation", "public-facilities", "parking");
        dept(s, "ecology-environment", "environment", "living-environment");
        dept(s, "water-affairs", "water-safety");
        dept(s, "culture-sports", "culture-sports");
        dept(s, "emergency-management", "safety-hazards");
        dept(s, "urban-management", "city-management");
        dept(s, "market-regulation", "food-supply");
        dept(s, "science-technology", "technology-services");
        s.aboveCost.put(Money.ofYuan(300_000), List.of("audit"));
        return s;
    }

    private static void dept(Settings s, String department, String... categories) {
        for (String c : categories) s.byCategory.put(c, List.of(department));
    }

    boolean enabled(String ruleId) {
        return !disabled.contains(ruleId);
    }
}
