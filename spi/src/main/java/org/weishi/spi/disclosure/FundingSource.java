package org.weishi.spi.disclosure;

import java.util.Objects;
import org.weishi.spi.Money;

/**
 * Where a project's money comes from.
 *
 * @param id a stable id of the funder within the district, e.g. {@code district-finance}
 * @param name the funder's public name, e.g. 斗门区财政 or a foundation's name
 * @param kind what kind of funder it is
 * @param amount how much it gives, or null when not known
 * @since 0.1
 */
public record FundingSource(String id, String name, Kind kind, Money amount) {
    /** Checks the required parts. */
    public FundingSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** Kinds of funders. */
    public enum Kind {
        /** Public finance (区/镇财政). */
        PUBLIC_FINANCE,
        /** A charitable foundation (e.g. a community foundation). */
        FOUNDATION,
        /** A donor: a company or a person who agreed to be named. */
        DONOR
    }
}
