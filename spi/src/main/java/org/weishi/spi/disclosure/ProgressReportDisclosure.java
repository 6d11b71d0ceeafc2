package org.weishi.spi.disclosure;

import java.util.Objects;

/**
 * A periodic progress report (定期议账).
 *
 * @param period the period, e.g. {@code 2021Q3}
 * @param text the report, redacted for the public
 * @since 0.1
 */
public record ProgressReportDisclosure(String period, String text) {
    /** Checks the parts. */
    public ProgressReportDisclosure {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(text, "text");
    }
}
