package org.weishi.spi.selection;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A project that competes for funding.
 *
 * @param id the project's id, unique within its election, e.g. {@code "L132"}; compared as text
 *     by the default tie-breaking
 * @param cost the exact cost in the election's currency, never negative; zero is allowed
 * @param name a human-readable name, may be empty, never null
 * @since 0.1.0
 */
public record Candidate(String id, BigDecimal cost, String name) {
    /**
     * Validates the parts.
     *
     * @throws SelectionException when the id is blank or the cost negative
     */
    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(name, "name");
        if (id.isBlank()) {
            throw new SelectionException("项目编号不能为空", "a project id must not be blank");
        }
        if (cost.signum() < 0) {
            throw new SelectionException(
                    "项目 '" + id + "' 的费用 " + cost.toPlainString() + " 为负数；费用必须大于或等于零",
                    "project '" + id + "' has a negative cost " + cost.toPlainString()
                            + "; a cost must be zero or more");
        }
    }

    /**
     * @param id project id
     * @param cost exact cost
     * @return a candidate without a name
     */
    public static Candidate of(String id, BigDecimal cost) {
        return new Candidate(id, cost, "");
    }

    /**
     * @param id project id
     * @param cost cost in whole currency units
     * @return a candidate without a name
     */
    public static Candidate of(String id, long cost) {
        return new Candidate(id, BigDecimal.valueOf(cost), "");
    }
}
