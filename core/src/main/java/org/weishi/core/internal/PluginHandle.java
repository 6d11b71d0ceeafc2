package org.weishi.core.internal;

import java.util.Set;
import java.util.function.Supplier;
import org.weishi.core.PluginInfo;
import org.weishi.core.PluginState;
import org.weishi.spi.DistrictPlugin;
import org.weishi.spi.PluginDescriptor;

/**
 * One plug-in as the host tracks it, from discovery to stop: where it came from, its descriptor
 * (null when none could be read), its state, and the problem and cause when it failed.
 */
final class PluginHandle {
    final String label;
    final String source;
    final PluginDescriptor descriptor;
    final Supplier<DistrictPlugin> factory;
    DistrictPlugin instance;
    PluginState state = PluginState.DISCOVERED;
    String problem = "";
    String code = "";
    String versionText = "?";
    Throwable failure;
    ClassLoader layerLoader;

    PluginHandle(String label, String source, PluginDescriptor descriptor, Supplier<DistrictPlugin> factory) {
        this.label = label;
        this.source = source;
        this.descriptor = descriptor;
        this.factory = factory;
    }

    String id() {
        return descriptor == null ? label : descriptor.id();
    }

    /** @return the class loader of the plug-in's layer, or null when it came from elsewhere */
    ClassLoader loader() {
        return layerLoader;
    }

    void fail(String code, String what) {
        state = PluginState.FAILED;
        this.code = code;
        problem = "[" + code + "] " + what;
    }

    /** @return "plug-in 'id' 1.0.0", with the jar or folder when it came from the plug-in directory */
    String who() {
        String name = descriptor != null ? "plug-in " + descriptor : "plug-in " + label;
        return fromDirectory() ? name + " (" + source + ")" : name;
    }

    boolean fromDirectory() {
        return !source.equals(PluginHost.EXPLICIT) && !source.equals(PluginHost.MODULE_PATH);
    }

    PluginInfo info() {
        return new PluginInfo(id(), descriptor == null ? versionText : descriptor.version().toString(), source,
                descriptor == null ? Set.of() : descriptor.provides(), state, problem, code, failure);
    }
}
