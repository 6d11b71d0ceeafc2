package org.weishi.core.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.weishi.spi.Channel;

/**
 * 群众点单: a resident raises a need through a channel.
 *
 * @param channel where it came in
 * @param category a configured category code, e.g. {@code elderly-care}
 * @param scopeId the community (or town) it concerns
 * @param title a short title
 * @param description what is needed; public after redaction
 * @param beneficiaries how many people it would help
 * @param submitter who raised it (personal data, kept in the vault)
 */
public record SubmitDemand(
        @NotNull(message = "weishi.required") Channel channel,
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String category,
        @NotBlank(message = "weishi.required") @Size(max = 128, message = "weishi.size.max") String scopeId,
        @NotBlank(message = "weishi.required") @Size(max = 100, message = "weishi.size.max") String title,
        @NotBlank(message = "weishi.required") @Size(max = 2000, message = "weishi.size.max") String description,
        @Min(value = 1, message = "weishi.min") @Max(value = 1_000_000, message = "weishi.max") int beneficiaries,
        @NotNull(message = "weishi.required") @Valid Submitter submitter) implements Command {
    @Override
    public String targetId() {
        return null;
    }
}
