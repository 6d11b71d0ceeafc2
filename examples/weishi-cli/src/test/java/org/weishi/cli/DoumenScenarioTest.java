package org.weishi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.weishi.core.Weishi;
import org.weishi.core.district.ScopeLevel;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.core.view.Dashboard;
import org.weishi.plugins.storage.memory.MemoryStoragePlugin;
import org.weishi.spi.Channel;
import org.weishi.spi.Money;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.storage.AuditChain;
import org.weishi.spi.storage.RecordedEvent;

class DoumenScenarioTest {
    static Dashboard run(long seed) {
        AtomicInteger keys = new AtomicInteger();
        SteppingClock clock = new SteppingClock(Instant.parse("2021-01-04T01:00:00Z"), Duration.ofMinutes(10));
        try (Weishi w = Weishi.builder().district(Doumen.config())
                .clock(clock)
                .install(new MemoryStoragePlugin()).personKeys(() -> "psn-" + keys.incrementAndGet()).build()) {
            new DoumenScenario(w, seed, clock).run();
            String prev = AuditChain.GENESIS;
            for (RecordedEvent e : w.eventStore().readAll(0, 100_000)) {
                assertThat(e.previousHash()).isEqualTo(prev);
                prev = e.hash();
            }
            return w.dashboard();
        }
    }

    @Test
    void the_scope_tree_is_doumens_six_towns_and_129_villages() {
        var scopes = Doumen.scopes();
        assertThat(scopes.atLevel(ScopeLevel.TOWN)).extracting(s -> s.name())
                .containsExactly("井岸镇", "白蕉镇", "斗门镇", "乾务镇", "莲洲镇", "白藤街道");
        assertThat(scopes.atLevel(ScopeLevel.COMMUNITY)).hasSize(129)
                .extracting(s -> s.name()).contains("小濠冲村", "湾口村", "二龙村").doesNotHaveDuplicates();
    }

    @Test
    void the_demo_reproduces_doumens_2021_figures_through_the_engine() {
        Dashboard d = run(2021);
        assertThat(d.projectCount()).isEqualTo(624);
        assertThat(d.projectCount(ProjectKind.MICRO)).isEqualTo(421);
        assertThat(d.projectCount(ProjectKind.SELF_SELECTED)).isEqualTo(203);
        assertThat(d.projectCount(ProjectKind.MICRO, ProjectState.IMPLEMENTING)).isEqualTo(201);
        assertThat(d.projectCount(ProjectKind.MICRO, ProjectState.COMPLETED)).isEqualTo(77);
        assertThat(d.ledProjects()).isEqualTo(34);
        assertThat(d.ledProjectsClosed()).isEqualTo(12);
        Money micro = d.estimatedByKindAndState().get(ProjectKind.MICRO).values().stream().reduce(Money.ZERO, Money::plus);
        // "about CNY 87 million" for the 421 MICRO projects
        assertThat(micro.fen()).isBetween(Money.ofYuan(80_000_000).fen(), Money.ofYuan(95_000_000).fen());
        for (Channel c : Channel.values()) {
            assertThat(d.demandsByChannelAndState().get(c).values().stream().mapToInt(Integer::intValue).sum())
                    .as("demands from channel %s", c).isPositive();
        }
    }

    @Test
    void the_same_seed_gives_the_same_dashboard_and_another_seed_another() {
        Dashboard a = run(7);
        Dashboard b = run(7);
        assertThat(b).isEqualTo(a);
        assertThat(run(8).demandCount()).isNotEqualTo(a.demandCount());
    }
}
