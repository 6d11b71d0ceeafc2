package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weishi.core.Fixture.*;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.weishi.core.lifecycle.DemandAction;
import org.weishi.plugins.storage.memory.MemoryEventStore;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.spi.notify.Notification;
import org.weishi.spi.notify.Notifier;

class OutboxTest {
    static Notifier recording(String id, List<Notification> sink, AtomicInteger failuresLeft) {
        return new Notifier() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void deliver(Notification n) {
                if (failuresLeft.getAndDecrement() > 0) throw new IllegalStateException("SMS gateway down");
                sink.add(n);
            }
        };
    }

    static void awaitSize(List<?> l, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (l.size() < n && System.nanoTime() < deadline) Thread.sleep(10);
    }

    @Test
    void every_committed_event_reaches_each_notifier_in_order_with_the_submitter_as_recipient() throws Exception {
        List<Notification> good = new CopyOnWriteArrayList<>();
        List<Notification> flaky = new CopyOnWriteArrayList<>();
        MemoryEventStore store = store();
        Weishi w = Weishi.builder().district(CONFIG).clock(CLOCK).storage(store, new MemoryPersonalDataVault())
                .notifier(recording("good", good, new AtomicInteger()))
                .notifier(recording("flaky", flaky, new AtomicInteger(3)))
                .personKeys(() -> "psn-x").build();
        String d = w.execute(RESIDENT, demand(XIPU)).aggregateId();
        w.execute(SOCIAL_WORKER, act(d, DemandAction.ACCEPT));
        awaitSize(good, 2);
        awaitSize(flaky, 2);
        assertThat(good).extracting(Notification::id).containsExactly("evt-1", "evt-2");
        assertThat(good).extracting(Notification::type).containsExactly("DemandSubmitted", "DemandTransitioned");
        assertThat(good.get(1).recipients()).containsExactly("psn-x");
        assertThat(flaky).extracting(Notification::id).containsExactly("evt-1", "evt-2");
        assertThat(store.loadCheckpoint("notifier:good")).isEqualTo(2);
        w.close();
    }

    @Test
    void a_notifier_that_always_fails_never_blocks_commands() {
        List<Notification> never = new CopyOnWriteArrayList<>();
        Weishi w = Weishi.builder().district(CONFIG).clock(CLOCK).storage(store(), new MemoryPersonalDataVault())
                .notifier(recording("dead", never, new AtomicInteger(Integer.MAX_VALUE))).build();
        for (int i = 0; i < 50; i++) w.execute(RESIDENT, demand(XIPU));
        assertThat(w.demands()).hasSize(50);
        assertThat(never).isEmpty();
        w.close();
    }
}
