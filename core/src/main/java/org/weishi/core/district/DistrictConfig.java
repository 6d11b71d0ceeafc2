package org.weishi.core.district;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.weishi.core.deliberation.NoticeCalendar;
import org.weishi.core.lifecycle.DemandAction;
import org.weishi.core.lifecycle.DemandState;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.core.lifecycle.StagePlan;
import org.weishi.core.lifecycle.StandardLifecycles;
import org.weishi.core.lifecycle.TransitionTable;

/**
 * Everything district-specific the engine needs: scope tree, categories, lifecycles and the
 * stage plan. Immutable; checked as a whole when built (every problem at once).
 */
public final class DistrictConfig {
    private final String name;
    private final ScopeTree scopes;
    private final Map<String, Category> categories;
    private final TransitionTable<DemandState, DemandAction> demandLifecycle;
    private final TransitionTable<ProjectState, ProjectAction> projectLifecycle;
    private final StagePlan stagePlan;
    private final NoticeCalendar noticeCalendar;

    private DistrictConfig(Builder b) {
        this.name = b.name;
        this.scopes = b.scopes;
        Map<String, Category> cats = new LinkedHashMap<>();
        for (Category c : b.categories) cats.put(c.code(), c);
        this.categories = java.util.Collections.unmodifiableMap(cats);
        this.demandLifecycle = b.demandLifecycle;
        this.projectLifecycle = b.projectLifecycle;
        this.stagePlan = b.stagePlan;
        this.noticeCalendar = b.noticeCalendar;
    }

    /** @return working days and length of notice periods (公示期) */
    public NoticeCalendar noticeCalendar() {
        return noticeCalendar;
    }

    /**
     * @param scopes the district's scope tree
     * @return a builder with the standard categories, lifecycles and stage plan
     */
    public static Builder builder(ScopeTree scopes) {
        return new Builder(scopes);
    }

    /** @return the district's name, e.g. 斗门区 */
    public String name() {
        return name;
    }

    /** @return the scope tree */
    public ScopeTree scopes() {
        return scopes;
    }

    /** @return categories by code, in declaration order */
    public Map<String, Category> categories() {
        return categories;
    }

    /**
     * @param code a category code
     * @return the category, if configured
     */
    public Optional<Category> category(String code) {
        return Optional.ofNullable(categories.get(code));
    }

    /** @return the demand lifecycle */
    public TransitionTable<DemandState, DemandAction> demandLifecycle() {
        return demandLifecycle;
    }

    /** @return the project lifecycle */
    public TransitionTable<ProjectState, ProjectAction> projectLifecycle() {
        return projectLifecycle;
    }

    /** @return which stages each kind skips */
    public StagePlan stagePlan() {
        return stagePlan;
    }

    @Override
    public String toString() {
        return "DistrictConfig[" + name + ", " + scopes + ", " + categories.size() + " categories, " + stagePlan + "]";
    }

    /** Builds a {@link DistrictConfig}. */
    public static final class Builder {
        private final ScopeTree scopes;
        private String name;
        private List<Category> categories = Category.STANDARD;
        private TransitionTable<DemandState, DemandAction> demandLifecycle = StandardLifecycles.DEMAND;
        private TransitionTable<ProjectState, ProjectAction> projectLifecycle = StandardLifecycles.PROJECT;
        private StagePlan stagePlan = StagePlan.standard();
        private NoticeCalendar noticeCalendar = NoticeCalendar.standard();

        private Builder(ScopeTree scopes) {
            this.scopes = Objects.requireNonNull(scopes, "scopes");
            this.name = scopes.district().name();
        }

        /** @param name display name @return this */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** @param categories the categories @return this */
        public Builder categories(List<Category> categories) {
            this.categories = List.copyOf(categories);
            return this;
        }

        /** @param table the demand lifecycle @return this */
        public Builder demandLifecycle(TransitionTable<DemandState, DemandAction> table) {
            this.demandLifecycle = Objects.requireNonNull(table, "table");
            return this;
        }

        /** @param table the project lifecycle @return this */
        public Builder projectLifecycle(TransitionTable<ProjectState, ProjectAction> table) {
            this.projectLifecycle = Objects.requireNonNull(table, "table");
            return this;
        }

        /** @param plan the stage plan @return this */
        public Builder stagePlan(StagePlan plan) {
            this.stagePlan = Objects.requireNonNull(plan, "plan");
            return this;
        }

        /** @param calendar notice-period calendar (default: 5 working days, Asia/Shanghai) @return this */
        public Builder noticeCalendar(NoticeCalendar calendar) {
            this.noticeCalendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * @return the configuration
         * @throws IllegalArgumentException listing every problem
         */
        public DistrictConfig build() {
            List<String> problems = new ArrayList<>(stagePlan.problemsWith(projectLifecycle));
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (Category c : categories) seen.merge(c.code(), 1, Integer::sum);
            seen.forEach((code, n) -> {
                if (n > 1) problems.add("category '" + code + "' is declared " + n + " times");
            });
            if (categories.isEmpty()) problems.add("at least one category is required");
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("district configuration has " + problems.size() + " problem(s): "
                        + String.join("; ", problems));
            }
            return new DistrictConfig(this);
        }
    }
}
