package org.weishi.guice;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.weishi.core.Actor;
import org.weishi.core.Role;
import org.weishi.core.Weishi;
import org.weishi.core.command.SubmitDemand;
import org.weishi.core.command.Submitter;
import org.weishi.core.district.DistrictConfig;
import org.weishi.core.district.Scope;
import org.weishi.core.district.ScopeLevel;
import org.weishi.core.district.ScopeTree;
import org.weishi.plugins.storage.memory.MemoryStoragePlugin;
import org.weishi.spi.Channel;
import org.weishi.spi.approval.ApprovalRule;
import org.weishi.spi.approval.Gate;
import org.weishi.spi.approval.ProjectFacts;
import org.weishi.spi.approval.Verdict;

class WeishiModuleTest {
    /** A rule built by the injector. */
    public static final class NoopRule implements ApprovalRule {
        @jakarta.inject.Inject
        public NoopRule() {
        }

        @Override
        public String id() {
            return "noop";
        }

        @Override
        public Set<Gate> gates() {
            return Set.of(Gate.APPROVAL);
        }

        @Override
        public Verdict evaluate(Gate gate, ProjectFacts facts) {
            return Verdict.pass("noop");
        }
    }

    @Test
    void a_guice_host_gets_a_working_engine_with_contributed_plugins() {
        DistrictConfig config = DistrictConfig.builder(ScopeTree.of(List.of(
                new Scope("d", ScopeLevel.DISTRICT, "斗门区", null),
                new Scope("d/t", ScopeLevel.TOWN, "井岸镇", "d"),
                new Scope("d/t/c", ScopeLevel.COMMUNITY, "西埔社区", "d/t")))).build();
        Injector injector = Guice.createInjector(new WeishiModule(config), new AbstractModule() {
            @Override
            protected void configure() {
                WeishiModule.plugins(binder()).addBinding().toInstance(new MemoryStoragePlugin());
                WeishiModule.approvalRules(binder()).addBinding().to(NoopRule.class);
            }
        });
        Weishi weishi = injector.getInstance(Weishi.class);
        assertThat(injector.getInstance(Weishi.class)).isSameAs(weishi);
        weishi.execute(Actor.of("u-1", Role.RESIDENT, "d/t/c"), new SubmitDemand(Channel.WINDOW, "parking", "d/t/c",
                "停车难", "小区停车位不足", 200, new Submitter("王五", null, null, null)));
        assertThat(weishi.demands()).hasSize(1);
        assertThat(weishi.plugins()).extracting(p -> p.id()).containsExactly("storage-memory");
        weishi.close();
    }
}
