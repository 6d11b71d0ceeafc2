package org.weishi.plugins.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.weishi.spi.Capability;
import org.weishi.spi.PluginContext;
import org.weishi.spi.PluginDescriptor;
import org.weishi.spi.storage.AppendRequest;
import org.weishi.spi.storage.ExpectedVersion;
import org.weishi.spi.storage.NewEvent;
import org.weishi.spi.storage.StreamAppend;
import org.weishi.spi.storage.StreamId;

class JdbcStoragePluginTest {
    @Test
    @DisplayName("the plug-in opens the configured database on start and closes it on stop")
    void lifecycle() {
        JdbcStoragePlugin plugin = new JdbcStoragePlugin();
        assertThat(plugin.descriptor().id()).isEqualTo("storage-jdbc");
        assertThat(plugin.descriptor().provides()).contains(Capability.STORAGE);
        assertThat(plugin.eventStore()).isEmpty();
        JdbcStorageConfig config = JdbcStorageConfig.of("jdbc:h2:mem:plugin-" + UUID.randomUUID(), null, null);
        plugin.start(new PluginContext() {
            @Override
            public PluginDescriptor descriptor() {
                return plugin.descriptor();
            }

            @Override
            public Map<String, Object> rawConfig() {
                return Map.of("url", config.url());
            }

            @Override
            public <T> T config(Class<T> type) {
                return type.cast(config);
            }

            @Override
            public Clock clock() {
                return Clock.systemUTC();
            }

            @Override
            public System.Logger logger() {
                return System.getLogger("test");
            }
        });
        var store = plugin.eventStore().orElseThrow();
        assertThat(plugin.eventStore()).containsSame(store);
        store.append(AppendRequest.of(new StreamAppend(new StreamId("demand", "D-1"), ExpectedVersion.NO_STREAM,
                java.util.List.of(new NewEvent("DemandSubmitted", "{}", "{}")))));
        assertThat(store.headPosition()).isEqualTo(1);
        assertThat(plugin.personalDataVault()).isPresent();
        plugin.stop();
    }
}
