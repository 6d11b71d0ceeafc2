package org.weishi.spi.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A participatory-budgeting election: candidates with exact costs, a budget and the ballots cast.
 * Build one with {@link #builder()}.
 *
 * <p>The constructor checks everything a rule relies on and reports the first problem as a
 * {@link SelectionException} that names the voter and the project: a budget that is not positive,
 * two candidates with one id, a vote for an unknown project, a ballot longer than
 * {@code maxLength}, a choose-1 ballot with more than one project, a cumulative ballot without
 * points.
 *
 * @param name a label for messages (a file name, a community), never null
 * @param type the kind of ballots
 * @param budget the money available, exact and strictly positive
 * @param candidates the projects, ids unique, in the order given by the source
 * @param ballots the ballots, in the order given by the source
 * @param maxLength the most projects a ballot may list, or 0 for no limit
 * @param meta further facts about the election (Pabulib META: {@code rule},
 *     {@code min_project_score_threshold} …), never null; insertion order kept
 * @since 0.1.0
 */
public record Election(String name, BallotType type, BigDecimal budget, List<Candidate> candidates,
        List<Ballot> ballots, int maxLength, Map<String, String> meta) {

    /**
     * Validates and copies the parts.
     *
     * @throws SelectionException when the election is not valid (see the type's description)
     */
    public Election {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(budget, "budget");
        candidates = List.copyOf(candidates);
        ballots = List.copyOf(ballots);
        meta = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        if (budget.signum() <= 0) {
            throw new SelectionException(
                    "选举 '" + name + "' 的预算 " + budget.toPlainString() + " 必须大于零",
                    "election '" + name + "' has budget " + budget.toPlainString()
                            + "; the budget must be greater than zero");
        }
        if (maxLength < 0) {
            throw new SelectionException("maxLength 不能为负数", "maxLength must not be negative");
        }
        Map<String, Candidate> byId = new HashMap<>();
        for (Candidate c : candidates) {
            if (byId.put(c.id(), c) != null) {
                throw new SelectionException(
                        "选举 '" + name + "' 中项目编号 '" + c.id() + "' 重复",
                        "election '" + name + "' lists project id '" + c.id() + "' twice");
            }
        }
        for (Ballot b : ballots) {
            for (String p : b.projects()) {
                if (!byId.containsKey(p)) {
                    throw new SelectionException(
                            "选票 '" + b.voterId() + "' 投给了未知项目 '" + p + "'",
                            "ballot '" + b.voterId() + "' votes for unknown project '" + p + "'");
                }
            }
            if (maxLength > 0 && b.projects().size() > maxLength) {
                throw new SelectionException(
                        "选票 '" + b.voterId() + "' 列出 " + b.projects().size() + " 个项目，超过上限 " + maxLength,
                        "ballot '" + b.voterId() + "' lists " + b.projects().size()
                                + " projects, more than the allowed " + maxLength);
            }
            if (type == BallotType.CHOOSE_ONE && b.projects().size() > 1) {
                throw new SelectionException(
                        "单选选票 '" + b.voterId() + "' 列出了 " + b.projects().size() + " 个项目",
                        "choose-1 ballot '" + b.voterId() + "' lists " + b.projects().size() + " projects");
            }
            if (type == BallotType.CUMULATIVE && b.points().isEmpty() && !b.projects().isEmpty()) {
                throw new SelectionException(
                        "累积投票选票 '" + b.voterId() + "' 缺少分数",
                        "cumulative ballot '" + b.voterId() + "' has no points");
            }
            if (type != BallotType.CUMULATIVE && !b.points().isEmpty()) {
                throw new SelectionException(
                        "选票 '" + b.voterId() + "' 带有分数，但投票类型为 " + type.pabulibName(),
                        "ballot '" + b.voterId() + "' has points but the vote type is " + type.pabulibName());
            }
        }
    }

    /** @return a builder with no candidates, no ballots, no length limit and an empty name */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param id a project id
     * @return the candidate with that id
     * @throws SelectionException when there is none
     */
    public Candidate candidate(String id) {
        for (Candidate c : candidates) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        throw new SelectionException("选举中没有项目 '" + id + "'", "the election has no project '" + id + "'");
    }

    @Override
    public String toString() {
        return "Election[" + name + ", " + type.pabulibName() + ", budget " + budget.toPlainString() + ", "
                + candidates.size() + " projects, " + ballots.size() + " ballots]";
    }

    /** Builds an {@link Election}; not thread-safe. */
    public static final class Builder {
        private String name = "";
        private BallotType type = BallotType.APPROVAL;
        private BigDecimal budget;
        private final List<Candidate> candidates = new ArrayList<>();
        private final List<Ballot> ballots = new ArrayList<>();
        private int maxLength;
        private final Map<String, String> meta = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param name a label for messages
         * @return this
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param type the kind of ballots (default approval)
         * @return this
         */
        public Builder type(BallotType type) {
            this.type = type;
            return this;
        }

        /**
         * @param budget the money available
         * @return this
         */
        public Builder budget(BigDecimal budget) {
            this.budget = budget;
            return this;
        }

        /**
         * @param budget the money available in whole units
         * @return this
         */
        public Builder budget(long budget) {
            return budget(BigDecimal.valueOf(budget));
        }

        /**
         * @param candidate a project
         * @return this
         */
        public Builder candidate(Candidate candidate) {
            candidates.add(candidate);
            return this;
        }

        /**
         * @param id project id
         * @param cost cost in whole units
         * @return this
         */
        public Builder candidate(String id, long cost) {
            return candidate(Candidate.of(id, cost));
        }

        /**
         * @param ballot a ballot
         * @return this
         */
        public Builder ballot(Ballot ballot) {
            ballots.add(ballot);
            return this;
        }

        /**
         * Adds an approval (or ordinal) ballot with a generated voter id.
         *
         * @param projects the project ids
         * @return this
         */
        public Builder ballot(String... projects) {
            return ballot(Ballot.of("v" + (ballots.size() + 1), List.of(projects)));
        }

        /**
         * @param ballots ballots to add
         * @return this
         */
        public Builder ballots(List<Ballot> ballots) {
            this.ballots.addAll(ballots);
            return this;
        }

        /**
         * @param maxLength the most projects on one ballot, 0 for no limit
         * @return this
         */
        public Builder maxLength(int maxLength) {
            this.maxLength = maxLength;
            return this;
        }

        /**
         * @param key a META key
         * @param value its value
         * @return this
         */
        public Builder meta(String key, String value) {
            meta.put(key, value);
            return this;
        }

        /**
         * @return the election
         * @throws SelectionException when it is not valid
         * @throws NullPointerException when no budget was given
         */
        public Election build() {
            return new Election(name, type, Objects.requireNonNull(budget, "budget"), candidates, ballots,
                    maxLength, meta);
        }
    }
}
