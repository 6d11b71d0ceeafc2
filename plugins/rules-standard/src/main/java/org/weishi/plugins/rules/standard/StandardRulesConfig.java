package org.weishi.plugins.rules.standard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.weishi.spi.LocalizedText;
import org.weishi.spi.Money;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.ProjectType;
import org.weishi.spi.WeishiException;

/**
 * The district's configuration of the standard rule pack, bound from the plug-in's JSON block:
 *
 * <pre>{@code
 * {
 *   "rules": {
 *     "cost-cap":           { "caps": { "SERVICE": 200000, "GOODS": 200000, "ENGINEERING": 500000 } },
 *     "category-by-kind":   { "allowed": { "MICRO": ["elderly-care", "road-works"], "SELF_SELECTED": ["*"] } },
 *     "review-departments": { "always": ["finance"], "byCategory": { "road-works": ["housing-construction"] },
 *                             "byType": { "ENGINEERING": ["housing-construction"] },
 *                             "aboveCost": { "300000": ["audit"] } },
 *     "envelope-available": { "requirePlan": true },
 *     "project-gate":       { "minDemandsForMicro": 1, "microAtCommunityLevel": true },
 *     "procedure-gate":     { "requireNotice": true, "requireReviews": true },
 *     "legal-gate":         { "department": "justice", "reviewAbove": 200000, "alwaysForTypes": ["ENGINEERING"] }
 *   },
 *   "disabled": ["category-by-kind"]
 * }
 * }</pre>
 *
 * Every block and every setting is optional; what is left out keeps its default (see
 * {@code docs/rules-standard.md}). A map given for a setting replaces that setting's default as a
 * whole, except {@code caps}, which overrides per type. Values are loosely typed on purpose so that
 * {@link #validate()} can report every problem at once, each naming the rule and the path.
 *
 * @param rules per rule id, its settings
 * @param disabled rule ids to switch off (a JSON list)
 */
public record StandardRulesConfig(Map<String, Object> rules, Object disabled) {
    /** Copies; null means empty. */
    public StandardRulesConfig {
        rules = rules == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /** @return the configuration that keeps every default */
    public static StandardRulesConfig defaults() {
        return new StandardRulesConfig(Map.of(), null);
    }

    /** @return the ids of the pack's rules, in evaluation order */
    public static List<String> ruleIds() {
        return Settings.RULE_IDS;
    }

    /**
     * @return every problem of this configuration, each {@code "path: message"} in both languages;
     *         empty when it is usable
     */
    public List<LocalizedText> validate() {
        ConfigReader r = new ConfigReader();
        compile(r);
        List<LocalizedText> out = new ArrayList<>();
        for (ConfigReader.ConfigProblem p : r.problems()) {
            out.add(LocalizedText.of(p.path() + "：" + p.text().zh(), p.path() + ": " + p.text().en()));
        }
        return out;
    }

    /**
     * @return the settings
     * @throws WeishiException {@code WS-PLUGIN-009} listing every problem, numbered, with the count
     */
    Settings settings() {
        ConfigReader r = new ConfigReader();
        Settings s = compile(r);
        List<ConfigReader.ConfigProblem> problems = r.problems();
        if (problems.isEmpty()) return s;
        StringBuilder zh = new StringBuilder("标准规则包（rules-standard）的配置有 " + problems.size() + " 个问题：");
        StringBuilder en = new StringBuilder("the standard rule pack (rules-standard) configuration has " + problems.size() + " problem(s):");
        int i = 0;
        for (ConfigReader.ConfigProblem p : problems) {
            i++;
            zh.append(' ').append(i).append(") ").append(p.path()).append("：").append(p.text().zh());
            en.append(' ').append(i).append(") ").append(p.path()).append(": ").append(p.text().en());
        }
        en.append(". Fix the plug-in's JSON block; see docs/rules-standard.md");
        throw new WeishiException("WS-PLUGIN-009", LocalizedText.of(zh.toString(), en.toString()));
    }

    private Settings compile(ConfigReader r) {
        Settings s = Settings.defaults();
        for (Map.Entry<String, Object> e : rules.entrySet()) {
            String id = e.getKey();
            String path = "rules." + id;
            if (!Settings.RULE_IDS.contains(id)) {
                r.problem(path, "未知的规则 '" + id + "'；本规则包的规则：" + Settings.RULE_IDS,
                        "unknown rule '" + id + "'; the rules of this pack are " + Settings.RULE_IDS);
                continue;
            }
            Map<String, Object> block = r.object(e.getValue(), path);
            if (block == null) continue;
            switch (id) {
                case Settings.COST_CAP -> costCap(r, s, block, path);
                case Settings.CATEGORY_BY_KIND -> categories(r, s, block, path);
                case Settings.REVIEW_DEPARTMENTS -> departments(r, s, block, path);
                case Settings.ENVELOPE_AVAILABLE -> {
                    r.onlyKnown(block, List.of("requirePlan"), path, id);
                    if (block.containsKey("requirePlan")) s.requirePlan = r.bool(block.get("requirePlan"), path + ".requirePlan", true);
                }
                case Settings.PROJECT_GATE -> {
                    r.onlyKnown(block, List.of("minDemandsForMicro", "microAtCommunityLevel"), path, id);
                    if (block.containsKey("minDemandsForMicro")) {
                        s.minDemandsForMicro = r.count(block.get("minDemandsForMicro"), path + ".minDemandsForMicro", 1);
                    }
                    if (block.containsKey("microAtCommunityLevel")) {
                        s.microAtCommunityLevel = r.bool(block.get("microAtCommunityLevel"), path + ".microAtCommunityLevel", true);
                    }
                }
                case Settings.PROCEDURE_GATE -> {
                    r.onlyKnown(block, List.of("requireNotice", "requireReviews"), path, id);
                    if (block.containsKey("requireNotice")) s.requireNotice = r.bool(block.get("requireNotice"), path + ".requireNotice", true);
                    if (block.containsKey("requireReviews")) s.requireReviews = r.bool(block.get("requireReviews"), path + ".requireReviews", true);
                }
                case Settings.LEGAL_GATE -> legal(r, s, block, path);
                default -> throw new IllegalStateException(id);
            }
        }
        if (disabled != null) {
            List<String> ids = r.codes(disabled, "disabled");
            if (ids != null) {
                for (int i = 0; i < ids.size(); i++) {
                    if (Settings.RULE_IDS.contains(ids.get(i))) {
                        s.disabled.add(ids.get(i));
                    } else {
                        r.problem("disabled[" + i + "]", "未知的规则 '" + ids.get(i) + "'；本规则包的规则：" + Settings.RULE_IDS,
                                "unknown rule '" + ids.get(i) + "'; the rules of this pack are " + Settings.RULE_IDS);
                    }
                }
            }
        }
        return s;
    }

    private static void costCap(ConfigReader r, Settings s, Map<String, Object> block, String path) {
        r.onlyKnown(block, List.of("caps"), path, "cost-cap");
        if (!block.containsKey("caps")) return;
        Map<String, Object> caps = r.object(block.get("caps"), path + ".caps");
        if (caps == null) return;
        caps.forEach((k, v) -> {
            ProjectType t = r.constant(k, ProjectType.class, path + ".caps." + k);
            Money m = r.money(v, path + ".caps." + k);
            if (t != null && m != null) s.caps.put(t, m);
        });
    }

    private static void categories(ConfigReader r, Settings s, Map<String, Object> block, String path) {
        r.onlyKnown(block, List.of("allowed"), path, "category-by-kind");
        if (!block.containsKey("allowed")) return;
        Map<String, Object> allowed = r.object(block.get("allowed"), path + ".allowed");
        if (allowed == null) return;
        allowed.forEach((k, v) -> {
            ProjectKind kind = r.constant(k, ProjectKind.class, path + ".allowed." + k);
            List<String> codes = r.codes(v, path + ".allowed." + k);
            if (kind != null && codes != null) s.allowed.put(kind, new LinkedHashSet<>(codes));
        });
    }

    private static void departments(ConfigReader r, Settings s, Map<String, Object> block, String path) {
        r.onlyKnown(block, List.of("always", "byCategory", "byType", "aboveCost"), path, "review-departments");
        if (block.containsKey("always")) {
            List<String> d = r.codes(block.get("always"), path + ".always");
            if (d != null) {
                s.always.clear();
                s.always.addAll(d);
            }
        }
        if (block.containsKey("byCategory")) {
            Map<String, Object> m = r.object(block.get("byCategory"), path + ".byCategory");
            if (m != null) {
                s.byCategory.clear();
                m.forEach((k, v) -> {
                    if (!ConfigReader.CODE.matcher(k).matches()) {
                        r.problem(path + ".byCategory." + k, "类别代码只能包含小写字母、数字和短横线", "a category code is lowercase letters, digits and dashes");
                    }
                    List<String> d = r.codes(v, path + ".byCategory." + k);
                    if (d != null) s.byCategory.put(k, d);
                });
            }
        }
        if (block.containsKey("byType")) {
            Map<String, Object> m = r.object(block.get("byType"), path + ".byType");
            if (m != null) {
                s.byType.clear();
                m.forEach((k, v) -> {
                    ProjectType t = r.constant(k, ProjectType.class, path + ".byType." + k);
                    List<String> d = r.codes(v, path + ".byType." + k);
                    if (t != null && d != null) s.byType.put(t, d);
                });
            }
        }
        if (block.containsKey("aboveCost")) {
            Map<String, Object> m = r.object(block.get("aboveCost"), path + ".aboveCost");
            if (m != null) {
                s.aboveCost.clear();
                m.forEach((k, v) -> {
                    Money threshold = r.money(k, path + ".aboveCost." + k);
                    List<String> d = r.codes(v, path + ".aboveCost." + k);
                    if (threshold != null && d != null) s.aboveCost.put(threshold, d);
                });
            }
        }
    }

    private static void legal(ConfigReader r, Settings s, Map<String, Object> block, String path) {
        r.onlyKnown(block, List.of("department", "reviewAbove", "alwaysForTypes"), path, "legal-gate");
        if (block.containsKey("department")) {
            Object d = block.get("department");
            if (d instanceof String str && ConfigReader.CODE.matcher(str).matches()) {
                s.legalDepartment = str;
            } else {
                r.problem(path + ".department", "应为部门代码（实际为 " + ConfigReader.show(d) + "）",
                        "must be a department code (was " + ConfigReader.show(d) + ")");
            }
        }
        if (block.containsKey("reviewAbove")) {
            Money m = r.money(block.get("reviewAbove"), path + ".reviewAbove");
            if (m != null) s.legalReviewAbove = m;
        }
        if (block.containsKey("alwaysForTypes")) {
            Object v = block.get("alwaysForTypes");
            if (v instanceof List<?> l) {
                s.legalAlwaysFor.clear();
                for (int i = 0; i < l.size(); i++) {
                    ProjectType t = r.constant(String.valueOf(l.get(i)), ProjectType.class, path + ".alwaysForTypes[" + i + "]");
                    if (t != null) s.legalAlwaysFor.add(t);
                }
            } else {
                r.problem(path + ".alwaysForTypes", "应为项目类型列表，例如 [\"ENGINEERING\"]", "must be a list of project types such as [\"ENGINEERING\"]");
            }
        }
    }

    /** @return every rule id with its effective state, for logs */
    @Override
    public String toString() {
        return "StandardRulesConfig" + rules.keySet() + (disabled == null ? "" : " disabled=" + disabled);
    }

    /** @return the ids of the rules this configuration leaves enabled */
    public List<String> enabledRules() {
        Settings s = settings();
        return Settings.RULE_IDS.stream().filter(s::enabled).toList();
    }

    /**
     * @param type a project type
     * @return the cap this configuration sets for it
     */
    public Money capFor(ProjectType type) {
        return settings().caps.get(type);
    }
}
