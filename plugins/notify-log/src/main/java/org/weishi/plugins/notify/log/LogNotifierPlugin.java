package org.weishi.plugins.notify.log;

import java.util.List;
import org.weishi.spi.Capability;
import org.weishi.spi.DistrictPlugin;
import org.weishi.spi.PluginManifest;
import org.weishi.spi.notify.Notifier;

/** Provides {@link LogNotifier}. */
@PluginManifest(id = "notify-log", version = "0.1.0", requires = "[0.1,1)", provides = Capability.NOTIFICATION,
        description = "Logs every committed event through SLF4J", vendor = "weishi", license = "Apache-2.0")
public final class LogNotifierPlugin implements DistrictPlugin {
    private final LogNotifier notifier = new LogNotifier();

    /** Creates the plug-in. */
    public LogNotifierPlugin() {
    }

    @Override
    public List<Notifier> notifiers() {
        return List.of(notifier);
    }

    /** @return the notifier, e.g. to read its count */
    public LogNotifier notifier() {
        return notifier;
    }
}
