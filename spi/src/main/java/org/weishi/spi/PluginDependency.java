package org.weishi.spi;

import java.util.Objects;

/**
 * A plug-in's dependency on another plug-in, written {@code id}, {@code id@[1.0,2)}, and with a
 * trailing {@code ?} when optional ({@code id@[1.0,2)?}). An optional dependency is resolved when
 * present and does not fail the plug-in when absent.
 *
 * @param pluginId the other plug-in's id
 * @param versions the versions accepted
 * @param optional whether the plug-in can run without it
 */
public record PluginDependency(String pluginId, VersionRange versions, boolean optional) {
    /** Validates the parts. */
    public PluginDependency {
        PluginDescriptor.requireId(pluginId);
        Objects.requireNonNull(versions, "versions");
    }

    /**
     * @param text {@code id}, {@code id@range}, optionally followed by {@code ?}
     * @return the dependency
     */
    public static PluginDependency parse(String text) {
        String t = Objects.requireNonNull(text, "text").trim();
        boolean optional = t.endsWith("?");
        if (optional) t = t.substring(0, t.length() - 1);
        int at = t.indexOf('@');
        if (at < 0) return new PluginDependency(t, VersionRange.ANY, optional);
        return new PluginDependency(t.substring(0, at), VersionRange.parse(t.substring(at + 1)), optional);
    }

    @Override
    public String toString() {
        return pluginId + (versions.equals(VersionRange.ANY) ? "" : "@" + versions) + (optional ? "?" : "");
    }
}
