package org.weishi.core.disclosure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.weishi.core.lifecycle.DemandState;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.spi.LocalizedText;

/**
 * Which field of which record is public at which stage (全过程公示 without exposing anyone). One
 * policy per district: the {@linkplain #defaults() defaults}, overridden by the district through
 * {@link #builder()} or a JSON document ({@link #fromJson(String)}), validated when built — a
 * policy that would publish a {@link Visibility#NEVER} field is refused with every problem listed.
 *
 * <h2>Model</h2>
 * A rule says: for records of an <i>aggregate type</i>, in a <i>stage</i> (a lifecycle state, or
 * {@code *} for all), a <i>field</i> (or {@code *} for all fields) has a {@link Visibility}. The
 * most specific rule wins: stage and field named, then stage named (any field), then field named
 * (any stage), then {@code *}/{@code *} — so "nothing of a DRAFT is public" beats "titles are public". A field no rule names is {@link Visibility#INTERNAL} (default deny).
 * A later rule with the same stage and field replaces an earlier one, so a district's rules
 * replace the defaults they name.
 *
 * <p>Aggregate types:
 * <ul>
 *   <li>{@code project}, {@code demand}: ordinary records;</li>
 *   <li>{@code sensitive-project}, {@code sensitive-demand}: records about health or disability —
 *       their category is one of {@link #sensitiveCategories()} or their text mentions one of
 *       {@link #healthKeywords()} (a disabled resident's bathroom, a bedridden resident's home care);</li>
 *   <li>{@code child-demand}: a demand raised by or about a child under {@link #childAge()}
 *       (from the submitter's ID number, or a {@code birthDate} or {@code minor} field in the vault).</li>
 * </ul>
 *
 * <h2>Fixed NEVER fields (cannot be overridden)</h2>
 * {@code demand}/{@code sensitive-demand}/{@code child-demand}: {@code submitterPhone},
 * {@code submitterIdNumber}, {@code submitterAddress}; {@code sensitive-demand}: {@code title},
 * {@code description}, {@code submitterName}; {@code sensitive-project}: {@code description},
 * {@code progressReports}, {@code minutes}; {@code child-demand}: every field, so the demand is left out whole.
 * A {@code *} rule never reaches a fixed NEVER field; a rule that names one with anything but
 * NEVER is refused.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DisclosurePolicy {
    /** Ordinary projects. */
    public static final String PROJECT = "project";
    /** Projects about health or disability. */
    public static final String SENSITIVE_PROJECT = "sensitive-project";
    /** Ordinary demands. */
    public static final String DEMAND = "demand";
    /** Demands about health or disability. */
    public static final String SENSITIVE_DEMAND = "sensitive-demand";
    /** Demands by or about a child. */
    public static final String CHILD_DEMAND = "child-demand";
    /** Any stage, or any field. */
    public static final String ANY = "*";

    /** Fields of a project record. */
    public static final List<String> PROJECT_FIELDS = List.of("id", "title", "category", "community", "kind", "type",
            "year", "organiser", "budget", "actualCost", "fundingSources", "implementer", "acceptanceResult",
            "timeline", "timelineReason", "description", "demands", "progressReports", "objections", "councilDecisions",
            "minutes", "payments", "dates");
    /** Fields of a demand record. */
    public static final List<String> DEMAND_FIELDS = List.of("id", "channel", "category", "community", "title",
            "description", "beneficiaries", "submitterName", "submitterPhone", "submitterIdNumber", "submitterAddress",
            "project", "mergedInto", "satisfaction", "dates");
    /** Fields that hold free text: published only through the {@link TextRedactor}. */
    public static final Set<String> FREE_TEXT = Set.of("description", "timelineReason", "progressReports", "objections", "minutes", "title");
    /** Fields that may be {@link Visibility#MASKED}: free text and the submitter's name. */
    public static final Set<String> MASKABLE = union(FREE_TEXT, Set.of("submitterName"));

    private static final Map<String, List<String>> FIELDS = Map.of(PROJECT, PROJECT_FIELDS, SENSITIVE_PROJECT,
            PROJECT_FIELDS, DEMAND, DEMAND_FIELDS, SENSITIVE_DEMAND, DEMAND_FIELDS, CHILD_DEMAND, DEMAND_FIELDS);
    private static final Set<String> PERSONAL = Set.of("submitterPhone", "submitterIdNumber", "submitterAddress");
    private static final Map<String, Set<String>> FIXED_NEVER = Map.of(
            PROJECT, Set.of(),
            SENSITIVE_PROJECT, Set.of("description", "progressReports", "minutes"),
            DEMAND, PERSONAL,
            SENSITIVE_DEMAND, union(PERSONAL, Set.of("title", "description", "submitterName")),
            CHILD_DEMAND, Set.copyOf(DEMAND_FIELDS));

    /** Default categories about health or disability. */
    public static final Set<String> DEFAULT_SENSITIVE_CATEGORIES = Set.of("special-groups", "medical-care");
    /** Default words that make a record about health or disability, whatever its category. */
    public static final List<String> DEFAULT_HEALTH_KEYWORDS = List.of("残疾", "残障", "卧床", "瘫痪", "失能", "失智",
            "痴呆", "康复", "病", "透析", "轮椅", "精神", "智障", "视障", "听障", "聋", "盲", "孕", "药", "住院", "护理");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String name;
    private final Map<String, Map<String, Visibility>> rules; // aggregate -> "stage|field" -> visibility
    private final Set<String> sensitiveCategories;
    private final List<String> healthKeywords;
    private final int childAge;

    private DisclosurePolicy(Builder b) {
        this.name = b.name;
        Map<String, Map<String, Visibility>> r = new LinkedHashMap<>();
        b.rules.forEach((k, v) -> r.put(k, Map.copyOf(v)));
        this.rules = Map.copyOf(r);
        this.sensitiveCategories = Set.copyOf(b.sensitiveCategories);
        this.healthKeywords = List.copyOf(b.healthKeywords);
        this.childAge = b.childAge;
    }

    /** @return the built-in policy (see the class comment and {@code docs/disclosure.md}) */
    public static DisclosurePolicy defaults() {
        return builder().build();
    }

    /** @return a builder that starts from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a district's overrides (applied over the defaults):
     * <pre>{@code
     * {"name": "doumen-2021",
     *  "sensitiveCategories": ["special-groups", "medical-care"],   // optional, replaces
     *  "healthKeywords": ["残疾", "卧床"],                             // optional, replaces
     *  "childAge": 14,                                               // optional
     *  "rules": [{"aggregate": "project", "stage": "PROPOSED", "field": "budget", "visibility": "INTERNAL"}]}
     * }</pre>
     *
     * @param json the document
     * @return the validated policy
     * @throws DisclosurePolicyException listing every problem (bad JSON, unknown keys, aggregate
     *         types, stages, fields or visibilities, a NEVER field made visible)
     */
    public static DisclosurePolicy fromJson(String json) {
        Builder b = builder();
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new DisclosurePolicyException(List.of(LocalizedText.of("策略不是有效的 JSON：" + e.getOriginalMessage(),
                    "the policy is not valid JSON: " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new DisclosurePolicyException(List.of(LocalizedText.of("策略必须是 JSON 对象", "the policy must be a JSON object")));
        }
        Set<String> known = Set.of("name", "sensitiveCategories", "healthKeywords", "childAge", "rules");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) b.problem("未知的键 '" + k + "'（可用：" + known + "）", "unknown key '" + k + "' (known: " + known + ")");
        }
        if (root.has("name")) b.name(root.get("name").asText());
        if (root.has("sensitiveCategories")) b.sensitiveCategories(strings(root.get("sensitiveCategories"), "sensitiveCategories", b));
        if (root.has("healthKeywords")) b.healthKeywords(strings(root.get("healthKeywords"), "healthKeywords", b));
        if (root.has("childAge")) {
            if (root.get("childAge").canConvertToInt()) b.childAge(root.get("childAge").asInt());
            else b.problem("childAge 必须是整数", "childAge must be an integer");
        }
        JsonNode rules = root.path("rules");
        if (!rules.isMissingNode() && !rules.isArray()) b.problem("rules 必须是数组", "rules must be an array");
        for (int i = 0; rules.isArray() && i < rules.size(); i++) {
            JsonNode r = rules.get(i);
            String where = "rules[" + i + "]";
            String aggregate = text(r, "aggregate", null, where, b);
            String stage = text(r, "stage", ANY, where, b);
            String field = text(r, "field", ANY, where, b);
            String vis = text(r, "visibility", null, where, b);
            if (aggregate == null || vis == null) continue;
            Visibility v;
            try {
                v = Visibility.valueOf(vis.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                b.problem(where + "：未知的可见性 '" + vis + "'（可用：" + Arrays.toString(Visibility.values()) + "）",
                        where + ": unknown visibility '" + vis + "' (known: " + Arrays.toString(Visibility.values()) + ")");
                continue;
            }
            b.rule(where, aggregate, stage, field, v);
        }
        return b.build();
    }

    private static List<String> strings(JsonNode n, String key, Builder b) {
        List<String> out = new ArrayList<>();
        if (!n.isArray()) {
            b.problem(key + " 必须是字符串数组", key + " must be an array of strings");
            return out;
        }
        n.forEach(e -> out.add(e.asText()));
        return out;
    }

    private static String text(JsonNode r, String key, String fallback, String where, Builder b) {
        JsonNode v = r.get(key);
        if (v == null || v.isNull()) {
            if (fallback == null) b.problem(where + " 缺少 '" + key + "'", where + " is missing '" + key + "'");
            return fallback;
        }
        return v.asText();
    }

    /** @return the policy's name, for logs and outputs */
    public String name() {
        return name;
    }

    /** @return category codes whose records are about health or disability */
    public Set<String> sensitiveCategories() {
        return sensitiveCategories;
    }

    /** @return words that make a record about health or disability */
    public List<String> healthKeywords() {
        return healthKeywords;
    }

    /** @return below this age (in whole years) a submitter is a child; 14 by default (PIPL art. 28) */
    public int childAge() {
        return childAge;
    }

    /**
     * @param aggregate an aggregate type, e.g. {@link #PROJECT}
     * @param stage a lifecycle state name, e.g. {@code APPROVED}
     * @param field a field name, e.g. {@code budget}
     * @return its visibility; {@link Visibility#INTERNAL} when no rule names it,
     *         {@link Visibility#NEVER} for a fixed NEVER field or an unknown aggregate type
     */
    public Visibility visibility(String aggregate, String stage, String field) {
        Set<String> never = FIXED_NEVER.get(aggregate);
        if (never == null || never.contains(field)) return Visibility.NEVER;
        Map<String, Visibility> r = rules.getOrDefault(aggregate, Map.of());
        for (String key : List.of(stage + "|" + field, stage + "|" + ANY, ANY + "|" + field, ANY + "|" + ANY)) {
            Visibility v = r.get(key);
            if (v != null) return v;
        }
        return Visibility.INTERNAL;
    }

    /**
     * @param category a category code
     * @param texts the record's texts (title, description)
     * @return true when the record is about health or disability
     */
    public boolean isSensitive(String category, String... texts) {
        if (category != null && sensitiveCategories.contains(category)) return true;
        for (String t : texts) {
            if (t == null) continue;
            for (String k : healthKeywords) if (t.contains(k)) return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return "DisclosurePolicy[" + name + ", " + rules.values().stream().mapToInt(Map::size).sum() + " rules]";
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }

    /**
     * Builds a policy from the defaults plus overrides; {@link #build()} validates. Not thread-safe.
     */
    public static final class Builder {
        private String name = "default";
        private final Map<String, Map<String, Visibility>> rules = new LinkedHashMap<>();
        private Set<String> sensitiveCategories = DEFAULT_SENSITIVE_CATEGORIES;
        private List<String> healthKeywords = DEFAULT_HEALTH_KEYWORDS;
        private int childAge = 14;
        private final List<LocalizedText> problems = new ArrayList<>();
        private boolean defaultsDone;

        private Builder() {
            // The defaults of issue 6: money, bodies, dates and results are public; names masked.
            for (String agg : List.of(PROJECT, SENSITIVE_PROJECT)) {
                for (String f : PROJECT_FIELDS) put(agg, ANY, f, Visibility.PUBLIC);
                // A draft has not been put forward yet: nothing of it is public.
                put(agg, ProjectState.DRAFT.name(), ANY, Visibility.INTERNAL);
            }
            for (String agg : List.of(DEMAND, SENSITIVE_DEMAND)) {
                for (String f : DEMAND_FIELDS) put(agg, ANY, f, Visibility.PUBLIC);
                put(agg, ANY, "submitterName", Visibility.MASKED);
                // A rating is one resident's opinion; the dashboard publishes the average.
                put(agg, ANY, "satisfaction", Visibility.INTERNAL);
            }
            defaultsDone = true;
        }

        private void put(String aggregate, String stage, String field, Visibility v) {
            rules.computeIfAbsent(aggregate, k -> new LinkedHashMap<>()).put(stage + "|" + field, v);
        }

        private void problem(String zh, String en) {
            problems.add(LocalizedText.of(zh, en));
        }

        /** @param name the policy's name @return this */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** @param codes category codes about health or disability (replaces the defaults) @return this */
        public Builder sensitiveCategories(java.util.Collection<String> codes) {
            this.sensitiveCategories = Set.copyOf(codes);
            return this;
        }

        /** @param words words that make a record about health or disability (replaces the defaults) @return this */
        public Builder healthKeywords(List<String> words) {
            this.healthKeywords = List.copyOf(words);
            return this;
        }

        /** @param years below this age a submitter is a child (at least 14, PIPL art. 28) @return this */
        public Builder childAge(int years) {
            if (years < 14 || years > 18) {
                problem("childAge 必须在 14 到 18 之间（个人信息保护法第 28 条：不满十四周岁）：" + years,
                        "childAge must be 14 to 18 (PIPL art. 28: under fourteen): " + years);
            } else {
                this.childAge = years;
            }
            return this;
        }

        /**
         * Adds (or replaces) a rule.
         *
         * @param aggregate an aggregate type, e.g. {@code project}
         * @param stage a state name of that aggregate's lifecycle, or {@code *}
         * @param field a field name, or {@code *}
         * @param visibility the visibility
         * @return this
         */
        public Builder rule(String aggregate, String stage, String field, Visibility visibility) {
            return rule("rule", aggregate, stage, field, visibility);
        }

        private Builder rule(String where, String aggregate, String stage, String field, Visibility v) {
            String w = where + " (" + aggregate + ", " + stage + ", " + field + ")";
            List<String> fields = FIELDS.get(aggregate);
            if (fields == null) {
                problem(w + "：未知的记录类型 '" + aggregate + "'（可用：" + FIELDS.keySet().stream().sorted().toList() + "）",
                        w + ": unknown aggregate type '" + aggregate + "' (known: " + FIELDS.keySet().stream().sorted().toList() + ")");
                return this;
            }
            boolean ok = true;
            Set<String> stages = (aggregate.endsWith(PROJECT) ? Arrays.stream(ProjectState.values()) : Arrays.stream(DemandState.values()))
                    .map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
            if (!stage.equals(ANY) && !stages.contains(stage)) {
                problem(w + "：未知的阶段 '" + stage + "'（可用：* 或 " + stages + "）",
                        w + ": unknown stage '" + stage + "' (known: * or " + stages + ")");
                ok = false;
            }
            if (!field.equals(ANY) && !fields.contains(field)) {
                problem(w + "：未知的字段 '" + field + "'（可用：" + fields + "）", w + ": unknown field '" + field + "' (known: " + fields + ")");
                ok = false;
            }
            if (defaultsDone && FIXED_NEVER.get(aggregate).contains(field) && v != Visibility.NEVER) {
                problem(w + "：字段 '" + field + "' 永不公开（电话、身份证号、详细住址、健康与残疾信息、儿童信息），不能设为 " + v,
                        w + ": field '" + field + "' is NEVER published (phones, ID numbers, exact addresses, health and"
                                + " disability details, anything about a child) and cannot be made " + v);
                ok = false;
            } else if (v == Visibility.MASKED && !MASKABLE.contains(field)) {
                problem(w + "：字段 '" + field + "' 没有打码形式，只能是 PUBLIC、INTERNAL 或 NEVER（可打码：" + MASKABLE.stream().sorted().toList() + "）",
                        w + ": field '" + field + "' has no masked form; use PUBLIC, INTERNAL or NEVER (maskable: "
                                + MASKABLE.stream().sorted().toList() + ")");
                ok = false;
            }
            if (ok) put(aggregate, stage, field, v);
            return this;
        }

        /**
         * @return the policy
         * @throws DisclosurePolicyException listing every problem found by this builder
         */
        public DisclosurePolicy build() {
            if (!problems.isEmpty()) throw new DisclosurePolicyException(problems);
            return new DisclosurePolicy(this);
        }
    }
}
