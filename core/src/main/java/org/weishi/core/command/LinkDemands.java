package org.weishi.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Merges residents' demands into a project (many demands → one project). Each demand moves to
 * ADOPTED and from then on follows the project; both sides record the link, in one atomic append.
 *
 * @param projectId the project; must not be finished (completed, closed, rejected, withdrawn, terminated)
 * @param demandIds accepted demands
 */
public record LinkDemands(
        @NotBlank(message = "weishi.required") @Size(max = 64, message = "weishi.size.max") String projectId,
        @NotEmpty(message = "weishi.required") @Size(max = 200, message = "weishi.size.max")
        List<@NotBlank(message = "weishi.required") String> demandIds) implements Command {
    /** Copies. */
    public LinkDemands {
        demandIds = demandIds == null ? null : List.copyOf(demandIds);
    }

    @Override
    public String targetId() {
        return projectId;
    }
}
