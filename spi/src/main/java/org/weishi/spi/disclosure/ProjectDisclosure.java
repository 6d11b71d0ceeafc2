package org.weishi.spi.disclosure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.weishi.spi.Money;

/**
 * A project as the audience may see it. Every component the district's policy withholds is null
 * (or an empty list) and its name is listed in {@link #withheld()}, so a reader can tell "withheld"
 * from "not known yet" (partial disclosure: release what can be separated, say what was held back).
 * Free text ({@code description}, stage reasons, reports, objections) is already redacted for the
 * {@link Audience#PUBLIC public}. Create with {@link #builder(String, String)}.
 *
 * @param id the project id (never null)
 * @param state its current stage, e.g. {@code IMPLEMENTING} (never null)
 * @param title its title
 * @param category category code, e.g. {@code road-works}
 * @param categoryName category display name (zh-CN)
 * @param scopeId the community, town or district it serves
 * @param scopeName that scope's name
 * @param kind {@code MICRO} or {@code SELF_SELECTED}
 * @param type {@code SERVICE}, {@code GOODS} or {@code ENGINEERING}
 * @param year budget year, or null
 * @param organiser the organising body (the buyer in OCDS terms)
 * @param budget estimated cost
 * @param actualCost what it cost, once known
 * @param fundingSources who pays
 * @param implementer who delivers it, once chosen
 * @param acceptanceResult {@code PASSED} or {@code REWORK} once acceptance was decided, else null
 * @param description what will be done
 * @param timeline every lifecycle step, in order (可查可见)
 * @param demandIds ids of the (disclosed) demands it answers
 * @param progressReports periodic reports, in order
 * @param objections objections raised during public notice, in order
 * @param councilDecisions residents' council decisions on it, in order
 * @param payments payments made, in order
 * @param draftedAt when it was drafted
 * @param updatedAt when it last changed
 * @param withheld names of components withheld by policy, e.g. {@code description}
 * @since 0.1
 */
public record ProjectDisclosure(String id, String state, String title, String category, String categoryName,
                                String scopeId, String scopeName, String kind, String type, Integer year,
                                String organiser, Money budget, Money actualCost, List<FundingSource> fundingSources,
                                Implementer implementer, String acceptanceResult, String description,
                                List<StageDisclosure> timeline, List<String> demandIds,
                                List<ProgressReportDisclosure> progressReports, List<ObjectionDisclosure> objections,
                                List<CouncilDecisionDisclosure> councilDecisions, List<Payment> payments, Instant draftedAt, Instant updatedAt, List<String> withheld) {
    /** Checks the required parts and copies the lists. */
    public ProjectDisclosure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        fundingSources = fundingSources == null ? List.of() : List.copyOf(fundingSources);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        demandIds = demandIds == null ? List.of() : List.copyOf(demandIds);
        progressReports = progressReports == null ? List.of() : List.copyOf(progressReports);
        objections = objections == null ? List.of() : List.copyOf(objections);
        councilDecisions = councilDecisions == null ? List.of() : List.copyOf(councilDecisions);
        payments = payments == null ? List.of() : List.copyOf(payments);
        withheld = withheld == null ? List.of() : List.copyOf(withheld);
    }

    /**
     * @param id the project id
     * @param state its stage
     * @return a builder with every other component empty
     */
    public static Builder builder(String id, String state) {
        return new Builder(id, state);
    }

    /** Builds a {@link ProjectDisclosure}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String state;
        private String title;
        private String category;
        private String categoryName;
        private String scopeId;
        private String scopeName;
        private String kind;
        private String type;
        private Integer year;
        private String organiser;
        private Money budget;
        private Money actualCost;
        private List<FundingSource> fundingSources = new ArrayList<>();
        private Implementer implementer;
        private String acceptanceResult;
        private String description;
        private List<StageDisclosure> timeline = new ArrayList<>();
        private List<String> demandIds = new ArrayList<>();
        private List<ProgressReportDisclosure> progressReports = new ArrayList<>();
        private List<ObjectionDisclosure> objections = new ArrayList<>();
        private List<CouncilDecisionDisclosure> councilDecisions = new ArrayList<>();
        private List<Payment> payments = new ArrayList<>();
        private Instant draftedAt;
        private Instant updatedAt;
        private final List<String> withheld = new ArrayList<>();

        private Builder(String id, String state) {
            this.id = id;
            this.state = state;
        }

        /** @param v title @return this */
        public Builder title(String v) { title = v; return this; }

        /** @param code category code @param name its display name @return this */
        public Builder category(String code, String name) { category = code; categoryName = name; return this; }

        /** @param id scope id @param name scope name @return this */
        public Builder scope(String id, String name) { scopeId = id; scopeName = name; return this; }

        /** @param v kind @return this */
        public Builder kind(String v) { kind = v; return this; }

        /** @param v type @return this */
        public Builder type(String v) { type = v; return this; }

        /** @param v budget year @return this */
        public Builder year(Integer v) { year = v; return this; }

        /** @param v organiser @return this */
        public Builder organiser(String v) { organiser = v; return this; }

        /** @param v budget @return this */
        public Builder budget(Money v) { budget = v; return this; }

        /** @param v actual cost @return this */
        public Builder actualCost(Money v) { actualCost = v; return this; }

        /** @param v funding sources @return this */
        public Builder fundingSources(List<FundingSource> v) { fundingSources = new ArrayList<>(v); return this; }

        /** @param v implementer @return this */
        public Builder implementer(Implementer v) { implementer = v; return this; }

        /** @param v acceptance result @return this */
        public Builder acceptanceResult(String v) { acceptanceResult = v; return this; }

        /** @param v description @return this */
        public Builder description(String v) { description = v; return this; }

        /** @param v timeline @return this */
        public Builder timeline(List<StageDisclosure> v) { timeline = new ArrayList<>(v); return this; }

        /** @param v demand ids @return this */
        public Builder demandIds(List<String> v) { demandIds = new ArrayList<>(v); return this; }

        /** @param v progress reports @return this */
        public Builder progressReports(List<ProgressReportDisclosure> v) { progressReports = new ArrayList<>(v); return this; }

        /** @param v objections @return this */
        public Builder objections(List<ObjectionDisclosure> v) { objections = new ArrayList<>(v); return this; }

        /** @param v council decisions @return this */
        public Builder councilDecisions(List<CouncilDecisionDisclosure> v) { councilDecisions = new ArrayList<>(v); return this; }

        /** @param v payments @return this */
        public Builder payments(List<Payment> v) { payments = new ArrayList<>(v); return this; }

        /** @param drafted when drafted @param updated when last changed @return this */
        public Builder dates(Instant drafted, Instant updated) { draftedAt = drafted; updatedAt = updated; return this; }

        /** @param component a component withheld by policy @return this */
        public Builder withheld(String component) { if (!withheld.contains(component)) withheld.add(component); return this; }

        /** @return the disclosure */
        public ProjectDisclosure build() {
            return new ProjectDisclosure(id, state, title, category, categoryName, scopeId, scopeName, kind, type, year,
                    organiser, budget, actualCost, fundingSources, implementer, acceptanceResult, description, timeline,
                    demandIds, progressReports, objections, councilDecisions, payments, draftedAt, updatedAt, withheld);
        }
    }
}
