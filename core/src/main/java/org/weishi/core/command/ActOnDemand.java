package org.weishi.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.weishi.core.lifecycle.DemandAction;

/**
 * Takes a lifecycle action on a demand (accept, reject, decline, withdraw). Merging and adoption
 * have their own commands ({@link MergeDemand}, {@link LinkDemands}).
 *
 * @param demandId the demand
 * @param action the action
 * @param reason why; required for reject, decline and withdraw
 * @param expectedVersion the version the caller saw, or null to act on the current one
 */
public record ActOnDemand(
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String demandId,
        @NotNull(message = "weishi.required") DemandAction action,
        @Size(max = 500, message = "weishi.size.max") String reason,
        @PositiveOrZero(message = "weishi.min") Long expectedVersion) implements Command {
    @Override
    public String targetId() {
        return demandId;
    }
}
