package org.weishi.plugins.storage.jdbc;

import java.util.Optional;
import org.weishi.spi.Capability;
import org.weishi.spi.DistrictPlugin;
import org.weishi.spi.PluginContext;
import org.weishi.spi.PluginManifest;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.PersonalDataVault;

/**
 * Provides {@link JdbcEventStore} and {@link JdbcPersonalDataVault} on H2 (the embedded default,
 * an H2 file under {@code ./data/}) or PostgreSQL, configured by a {@link JdbcStorageConfig} block.
 *
 * @since 0.1.0
 */
@PluginManifest(id = "storage-jdbc", version = "0.1.0", requires = "[0.1,1)", provides = Capability.STORAGE,
        priority = 0,
        description = "Durable event store and personal-data vault on H2 (embedded default) or PostgreSQL 15+",
        vendor = "weishi", license = "Apache-2.0")
public final class JdbcStoragePlugin implements DistrictPlugin {
    private volatile JdbcStores stores;

    /** Creates the plug-in; it opens the database on {@link #start}. */
    public JdbcStoragePlugin() {
    }

    @Override
    public void start(PluginContext context) {
        JdbcStorageConfig config = context.config(JdbcStorageConfig.class);
        stores = JdbcStores.open(config, context.clock());
        context.logger().log(System.Logger.Level.INFO, "storage-jdbc opened " + stores);
    }

    @Override
    public void stop() {
        JdbcStores s = stores;
        if (s != null) s.close();
    }

    @Override
    public Optional<EventStore> eventStore() {
        JdbcStores s = stores;
        return s == null ? Optional.empty() : Optional.of(s.eventStore());
    }

    @Override
    public Optional<PersonalDataVault> personalDataVault() {
        JdbcStores s = stores;
        return s == null ? Optional.empty() : Optional.of(s.personalDataVault());
    }

    @Override
    public String toString() {
        JdbcStores s = stores;
        return "JdbcStoragePlugin[" + (s == null ? "not started" : s.where()) + "]";
    }
}
