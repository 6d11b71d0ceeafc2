package org.weishi.core.command;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Opens a budget envelope (预算资金池) for one scope and year. It starts empty; money enters by
 * {@link FundEnvelope} or arrives by {@link AllocateFunds} / {@link TransferFunds}. Allowed to a
 * district administrator, or a town officer within the town.
 *
 * @param envelopeId a new id: lowercase letters, digits and dashes, e.g. {@code jingan-2021}
 * @param scopeId the scope (district, town or community) it belongs to
 * @param year the budget year
 * @param name display name, e.g. 井岸镇2021年民生微实事资金
 */
public record OpenEnvelope(
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "weishi.envelope.id") String envelopeId,
        @NotBlank(message = "weishi.required") @Size(max = 128, message = "weishi.size.max") String scopeId,
        @Min(value = 2000, message = "weishi.min") @Max(value = 2100, message = "weishi.max") int year,
        @NotBlank(message = "weishi.required") @Size(max = 100, message = "weishi.size.max") String name)
        implements BudgetCommand {
    @Override
    public String targetId() {
        return null;
    }
}
