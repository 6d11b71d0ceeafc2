package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.weishi.core.Fixture.*;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.weishi.plugins.storage.memory.MemoryEventStore;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.plugins.storage.memory.MemoryStoragePlugin;
import org.weishi.spi.Capability;
import org.weishi.spi.DistrictPlugin;
import org.weishi.spi.PluginContext;
import org.weishi.spi.PluginManifest;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.PersonalDataVault;

class PluginHostTest {
    @PluginManifest(id = "needs-missing", version = "1.0.0", requires = "[0.1,1)", dependencies = "not-installed@[1,2)")
    public static final class NeedsMissing implements DistrictPlugin {
    }

    @PluginManifest(id = "too-new", version = "2.0.0", requires = "[2.0,3)")
    public static final class TooNew implements DistrictPlugin {
    }

    @PluginManifest(id = "throws-on-start", version = "1.0.0", requires = "[0.1,1)")
    public static final class ThrowsOnStart implements DistrictPlugin {
        @Override
        public void start(PluginContext context) {
            throw new IllegalStateException("cannot open socket");
        }
    }

    @PluginManifest(id = "depends-on-broken", version = "1.0.0", requires = "[0.1,1)", dependencies = "throws-on-start")
    public static final class DependsOnBroken implements DistrictPlugin {
    }

    @PluginManifest(id = "cycle-a", version = "1.0.0", dependencies = "cycle-b")
    public static final class CycleA implements DistrictPlugin {
    }

    @PluginManifest(id = "cycle-b", version = "1.0.0", dependencies = "cycle-a")
    public static final class CycleB implements DistrictPlugin {
    }

    /** A plug-in's configuration record. */
    public record WebhookConfig(@NotBlank(message = "weishi.required") String url, @Max(value = 10, message = "weishi.max") int retries) {
    }

    @PluginManifest(id = "configured", version = "1.0.0", requires = "[0.1,1)")
    public static final class Configured implements DistrictPlugin {
        WebhookConfig config;

        @Override
        public void start(PluginContext context) {
            config = context.config(WebhookConfig.class);
        }
    }

    @PluginManifest(id = "storage-memory", version = "9.9.9", requires = "[0.1,1)", provides = Capability.STORAGE)
    public static final class SecondMemory implements DistrictPlugin {
        @Override
        public Optional<EventStore> eventStore() {
            return Optional.of(new MemoryEventStore());
        }

        @Override
        public Optional<PersonalDataVault> personalDataVault() {
            return Optional.of(new MemoryPersonalDataVault());
        }
    }

    static final List<String> EVENTS = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Records its start and stop in {@link #EVENTS}. */
    abstract static class Recording implements DistrictPlugin {
        @Override
        public void start(PluginContext context) {
            EVENTS.add("start " + context.descriptor().id());
        }

        @Override
        public void stop() {
            EVENTS.add("stop " + descriptor().id());
        }
    }

    @PluginManifest(id = "a-audit", version = "1.0.0", dependencies = {"m-middle", "z-base"})
    public static final class Audit extends Recording {
    }

    @PluginManifest(id = "m-middle", version = "1.0.0", dependencies = "z-base@[1.0,2)")
    public static final class Middle extends Recording {
    }

    @PluginManifest(id = "z-base", version = "1.2.0", dependencies = "not-there?")
    public static final class Base extends Recording {
    }

    @Test
    void plugins_start_in_dependency_order_and_stop_in_reverse() {
        EVENTS.clear();
        Weishi w = Weishi.builder().district(CONFIG).install(new Audit(), new MemoryStoragePlugin(), new Middle(), new Base()).build();
        assertThat(EVENTS).containsExactly("start z-base", "start m-middle", "start a-audit");
        assertThat(w.plugins()).extracting(PluginInfo::state).containsOnly(PluginState.STARTED);
        w.close();
        assertThat(EVENTS).containsExactly("start z-base", "start m-middle", "start a-audit",
                "stop a-audit", "stop m-middle", "stop z-base");
        assertThat(w.plugins()).extracting(PluginInfo::state).containsOnly(PluginState.STOPPED);
    }

    @Test
    void fail_fast_reports_every_problem_at_once_numbered_with_codes() {
        PluginException ex = catchThrowableOfType(PluginException.class, () -> Weishi.builder().district(CONFIG)
                .install(new MemoryStoragePlugin(), new NeedsMissing(), new TooNew(), new CycleA(), new CycleB()).build());
        assertThat(ex.failed()).extracting(PluginInfo::id).containsExactlyInAnyOrder("needs-missing", "too-new", "cycle-a", "cycle-b");
        assertThat(ex.getMessage())
                .contains("[WS-PLUGIN-003] plug-in 'needs-missing' 1.0.0 needs plug-in 'not-installed' ([1.0.0,2.0.0)), which is not installed")
                .contains("[WS-PLUGIN-002] plug-in 'too-new' 2.0.0 requires core [2.0.0,3.0.0) but this is core 0.1.0")
                .contains("[WS-PLUGIN-005] plug-in 'cycle-a' 1.0.0 is in a dependency cycle")
                .contains("4 plug-in errors");
    }

    @Test
    void skip_broken_starts_the_good_ones_and_names_the_broken_dependency() {
        Weishi w = Weishi.builder().district(CONFIG).pluginPolicy(PluginPolicy.SKIP_BROKEN)
                .install(new MemoryStoragePlugin(), new ThrowsOnStart(), new DependsOnBroken(), new NeedsMissing()).build();
        Map<String, PluginInfo> byId = new java.util.HashMap<>();
        w.plugins().forEach(p -> byId.put(p.id(), p));
        assertThat(byId.get("storage-memory").state()).isEqualTo(PluginState.STARTED);
        assertThat(byId.get("throws-on-start").state()).isEqualTo(PluginState.FAILED);
        assertThat(byId.get("throws-on-start").problem()).contains("WS-PLUGIN-008").contains("cannot open socket");
        assertThat(byId.get("depends-on-broken").state()).isEqualTo(PluginState.FAILED);
        assertThat(byId.get("depends-on-broken").problem()).contains("depends on plug-in 'throws-on-start' 1.0.0, which is FAILED (WS-PLUGIN-008)");
        assertThat(byId.get("needs-missing").problem()).contains("WS-PLUGIN-003");
        // and the engine works
        w.execute(RESIDENT, demand(XIPU));
        assertThat(w.demands()).hasSize(1);
        w.close();
        assertThat(w.plugins()).filteredOn(p -> p.id().equals("storage-memory")).extracting(PluginInfo::state)
                .containsExactly(PluginState.STOPPED);
    }

    @Test
    void a_duplicate_id_with_another_version_is_an_error_and_disabled_plugins_stay_off() {
        Weishi w = Weishi.builder().district(CONFIG).pluginPolicy(PluginPolicy.SKIP_BROKEN)
                .install(new MemoryStoragePlugin(), new SecondMemory(), new TooNew()).disable("too-new").build();
        assertThat(w.plugins()).extracting(p -> p.id() + " " + p.state()).containsExactly(
                "storage-memory STARTED", "storage-memory FAILED", "too-new DISABLED");
        assertThat(w.plugins().get(1).problem()).contains("WS-PLUGIN-001").contains("duplicates plug-in 'storage-memory' 0.1.0");
    }

    @Test
    void configuration_is_bound_to_the_plugins_record_and_every_violation_reported_with_its_path() {
        Weishi w = Weishi.builder().district(CONFIG).pluginPolicy(PluginPolicy.SKIP_BROKEN)
                .install(new MemoryStoragePlugin(), new Configured())
                .pluginConfig("configured", Map.of("url", "", "retries", 99)).build();
        PluginInfo info = w.plugins().stream().filter(p -> p.id().equals("configured")).findFirst().orElseThrow();
        assertThat(info.state()).isEqualTo(PluginState.FAILED);
        assertThat(info.problem()).contains("WS-PLUGIN-009").contains("2 problem(s)")
                .contains("plugins.configured.config.retries: must be at most 10").contains("plugins.configured.config.url: is required");

        Configured good = new Configured();
        Weishi ok = Weishi.builder().district(CONFIG).install(new MemoryStoragePlugin(), good)
                .pluginConfig("configured", Map.of("url", "http://127.0.0.1:9/hook", "retries", 3)).build();
        assertThat(good.config).isEqualTo(new WebhookConfig("http://127.0.0.1:9/hook", 3));
        ok.close();
    }

    @Test
    void without_any_storage_the_builder_says_what_to_install() {
        org.weishi.spi.WeishiException ex = catchThrowableOfType(org.weishi.spi.WeishiException.class,
                () -> Weishi.builder().district(CONFIG).build());
        assertThat(ex.code()).isEqualTo("WS-CONFIG-002");
        assertThat(ex.getMessage()).contains("install storage-memory or storage-jdbc");
    }

    @Test
    void discovery_finds_service_providers_on_the_module_path() {
        Weishi w = Weishi.builder().district(CONFIG).discoverPlugins().build();
        assertThat(w.plugins()).extracting(PluginInfo::id).contains("storage-memory");
        assertThat(List.copyOf(w.plugins())).allMatch(p -> p.state() == PluginState.STARTED);
        w.close();
    }
}
