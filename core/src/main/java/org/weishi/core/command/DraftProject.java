package org.weishi.core.command;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.ProjectType;

/**
 * Drafts a project. It starts in DRAFT; {@code PROPOSE} puts it forward.
 *
 * @param kind MICRO or SELF_SELECTED
 * @param type SERVICE, GOODS or ENGINEERING
 * @param title the title, public
 * @param category a configured category code
 * @param scopeId the scope it serves (a community for MICRO projects, usually)
 * @param estimatedCost estimated cost in yuan, at most two decimals, not negative
 * @param organiser the organising body (a community committee, a department), public
 * @param year the budget year
 * @param description what will be done, public after redaction
 */
public record DraftProject(
        @NotNull(message = "weishi.required") ProjectKind kind,
        @NotNull(message = "weishi.required") ProjectType type,
        @NotBlank(message = "weishi.required") @Size(max = 100, message = "weishi.size.max") String title,
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String category,
        @NotBlank(message = "weishi.required") @Size(max = 128, message = "weishi.size.max") String scopeId,
        @NotNull(message = "weishi.required") @DecimalMin(value = "0.00", message = "weishi.money.negative")
        @Digits(integer = 13, fraction = 2, message = "weishi.money.precision") BigDecimal estimatedCost,
        @NotBlank(message = "weishi.required") @Size(max = 100, message = "weishi.size.max") String organiser,
        @Min(value = 2000, message = "weishi.min") @Max(value = 2100, message = "weishi.max") int year,
        @Size(max = 2000, message = "weishi.size.max") String description) implements Command {
    @Override
    public String targetId() {
        return null;
    }
}
