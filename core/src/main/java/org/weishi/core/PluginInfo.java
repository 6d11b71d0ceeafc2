package org.weishi.core;

import java.util.Optional;
import java.util.Set;
import org.weishi.spi.Capability;

/**
 * What the host knows about one plug-in: one row of an admin page or of {@code weishi plugins}.
 *
 * @param id the plug-in id; when no descriptor could be read, the plug-in class's name, or
 *           {@code ?} when not even its module could be loaded
 * @param version its version, the module's version when only that is known, or {@code ?}
 * @param source where it came from: {@code explicit}, {@code module-path}, a jar's file name in
 *               the plug-in directory ({@code doumen-rules-1.0.0.jar}), or a folder's name with a
 *               trailing slash ({@code doumen-rules/})
 * @param capabilities what it provides
 * @param state its state
 * @param problem why it failed, was skipped or is disabled, starting with its stable code in
 *                brackets ({@code [WS-PLUGIN-012] ...}); empty otherwise
 * @param code the stable code of the problem ({@code WS-PLUGIN-012}, see {@code docs/errors.md}),
 *             empty when there is none
 * @param failure the exception behind a FAILED state, when there was one (kept for logs and admin
 *                pages; it may come from plug-in code), else {@code null}
 */
public record PluginInfo(String id, String version, String source, Set<Capability> capabilities, PluginState state,
                         String problem, String code, Throwable failure) {
    /** Copies and normalises empty values. */
    public PluginInfo {
        capabilities = Set.copyOf(capabilities);
        problem = problem == null ? "" : problem;
        code = code == null ? "" : code;
    }

    /**
     * A row without a code or a failure.
     *
     * @param id plug-in id
     * @param version version
     * @param source where it came from
     * @param capabilities what it provides
     * @param state its state
     * @param problem why it failed, or empty
     */
    public PluginInfo(String id, String version, String source, Set<Capability> capabilities, PluginState state,
                      String problem) {
        this(id, version, source, capabilities, state, problem, "", null);
    }

    /**
     * @return the exception behind a FAILED state, if any
     * @since 0.1.0
     */
    public Optional<Throwable> failureCause() {
        return Optional.ofNullable(failure);
    }
}
