package org.weishi.core;

import java.util.Set;
import org.weishi.spi.Capability;

/**
 * What the host knows about one plug-in, for an admin page or {@code weishi plugins}.
 *
 * @param id plug-in id, or the jar's file name when no descriptor could be read
 * @param version its version, or {@code ?}
 * @param source where it came from: {@code explicit}, {@code module-path}, or a jar's path
 * @param capabilities what it provides
 * @param state its state
 * @param problem why it failed or was skipped, empty otherwise
 */
public record PluginInfo(String id, String version, String source, Set<Capability> capabilities, PluginState state,
                         String problem) {
    /** Copies. */
    public PluginInfo {
        capabilities = Set.copyOf(capabilities);
        problem = problem == null ? "" : problem;
    }
}
