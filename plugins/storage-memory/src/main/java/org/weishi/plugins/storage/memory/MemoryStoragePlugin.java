package org.weishi.plugins.storage.memory;

import java.util.Optional;
import org.weishi.spi.Capability;
import org.weishi.spi.DistrictPlugin;
import org.weishi.spi.PluginContext;
import org.weishi.spi.PluginManifest;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.PersonalDataVault;

/** Provides {@link MemoryEventStore} and {@link MemoryPersonalDataVault}. */
@PluginManifest(id = "storage-memory", version = "0.1.0", requires = "[0.1,1)", provides = Capability.STORAGE,
        description = "In-memory event store and personal-data vault (tests, demos; nothing survives the process)",
        vendor = "weishi", license = "Apache-2.0", priority = -100)
public final class MemoryStoragePlugin implements DistrictPlugin {
    private MemoryEventStore store;
    private final MemoryPersonalDataVault vault = new MemoryPersonalDataVault();

    /** Creates the plug-in; the store is created on start with the engine's clock. */
    public MemoryStoragePlugin() {
    }

    @Override
    public void start(PluginContext context) {
        store = new MemoryEventStore(context.clock());
    }

    @Override
    public Optional<EventStore> eventStore() {
        return Optional.ofNullable(store);
    }

    @Override
    public Optional<PersonalDataVault> personalDataVault() {
        return Optional.of(vault);
    }
}
