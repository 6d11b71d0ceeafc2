package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.weishi.core.disclosure.DisclosurePolicy;
import org.weishi.core.disclosure.Discloser;
import org.weishi.core.internal.Json;
import org.weishi.plugins.storage.memory.MemoryEventStore;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.spi.disclosure.Audience;
import org.weishi.spi.disclosure.DemandDisclosure;
import org.weishi.spi.storage.AuditChain;
import org.weishi.spi.storage.RecordedEvent;

/** Issue 6: a person can be erased and the audit chain still verifies. */
class ErasureTest {
    @Test
    @DisplayName("erase a person: the vault forgets them, the whole chain recomputes intact, public outputs lose even the masked name")
    void eraseThenVerify() {
        MemoryEventStore store = Fixture.store();
        MemoryPersonalDataVault vault = new MemoryPersonalDataVault();
        try (Weishi w = Fixture.engine(store, vault)) {
            String id = Fixture.acceptedDemand(w); // 张小三, person key psn-1
            w.execute(Fixture.OTHER_RESIDENT, new org.weishi.core.command.SubmitDemand(org.weishi.spi.Channel.WINDOW,
                    "road-works", Fixture.XIPU, "路灯不亮", "村道晚上没有路灯", 30,
                    new org.weishi.core.command.Submitter("黄志强", "13600003333", null, null)));
            String key = w.demand(id).orElseThrow().personKey();
            Discloser discloser = Discloser.of(w, DisclosurePolicy.defaults());
            String before = Json.write(discloser.disclose(Fixture.DISTRICT, Audience.PUBLIC));
            assertThat(before).contains("张*三");
            List<RecordedEvent> log = store.readAll(0, Integer.MAX_VALUE);

            assertThat(w.personalDataVault().erase(key)).isTrue();
            assertThat(w.personalDataVault().erase(key)).as("a second erase finds nobody").isFalse();
            assertThat(vault.get(key)).isEmpty();

            // What `weishi verify` does: recompute every hash from the stored columns, in order.
            List<RecordedEvent> after = store.readAll(0, Integer.MAX_VALUE);
            assertThat(after).isEqualTo(log);
            String previous = AuditChain.GENESIS;
            for (RecordedEvent e : after) {
                assertThat(e.previousHash()).as("link at %d", e.position()).isEqualTo(previous);
                assertThat(AuditChain.recompute(e)).as("hash at %d", e.position()).isEqualTo(e.hash());
                assertThat(e.payload() + e.metadata()).doesNotContain("张小三", "13812341234", "11010519491231002X");
                previous = e.hash();
            }

            List<DemandDisclosure> demands = discloser.disclose(Fixture.DISTRICT, Audience.PUBLIC).demands();
            DemandDisclosure erased = demands.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
            assertThat(erased.submitter()).isNull();
            assertThat(erased.description()).as("their words go with their name").isNull();
            assertThat(erased.withheld()).contains("submitter (erased)");
            // Another person's demand is untouched.
            DemandDisclosure other = demands.stream().filter(d -> !d.id().equals(id)).findFirst().orElseThrow();
            assertThat(other.submitter().name()).isEqualTo("黄*强");
            String internal = Json.write(discloser.disclose(Fixture.XIPU, Audience.INTERNAL));
            assertThat(internal).doesNotContain("张小三", "张*三", "13812341234");
        }
    }
}
