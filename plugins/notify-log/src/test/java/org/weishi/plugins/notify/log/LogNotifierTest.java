package org.weishi.plugins.notify.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.weishi.spi.PluginDescriptor;
import org.weishi.spi.notify.Notification;

class LogNotifierTest {
    @Test
    void counts_what_it_delivers_and_declares_itself_a_notifier() {
        LogNotifierPlugin plugin = new LogNotifierPlugin();
        PluginDescriptor d = plugin.descriptor();
        assertThat(d.id()).isEqualTo("notify-log");
        assertThat(d.provides()).containsExactly(org.weishi.spi.Capability.NOTIFICATION);
        LogNotifier n = plugin.notifier();
        n.deliver(new Notification("evt-1", 1, "demand/D-1", "DemandSubmitted", Instant.EPOCH, "s", "{}", Set.of("psn-1")));
        n.deliver(new Notification("evt-2", 2, "demand/D-1", "DemandTransitioned", Instant.EPOCH, "s", "{}", Set.of()));
        assertThat(n.delivered()).isEqualTo(2);
        assertThat(plugin.notifiers()).containsExactly(n);
    }
}
