package org.weishi.core;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Supplier;
import org.weishi.core.district.DistrictConfig;
import org.weishi.core.internal.CommandValidator;
import org.weishi.core.internal.ConfigurationFile;
import org.weishi.core.internal.Engine;
import org.weishi.core.internal.Outbox;
import org.weishi.core.internal.PluginHost;
import org.weishi.core.internal.RuleRunner;
import org.weishi.spi.DistrictPlugin;
import org.weishi.spi.LocalizedText;
import org.weishi.spi.WeishiException;
import org.weishi.spi.approval.ApprovalRule;
import org.weishi.spi.notify.Notifier;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.PersonalDataVault;

/**
 * Builds a {@link Weishi} engine for a plain-Java host. Not thread-safe; build once.
 *
 * <pre>{@code
 * Weishi weishi = Weishi.builder()
 *         .district(DistrictConfig.builder(scopes).build())
 *         .install(new MemoryStoragePlugin(), new LogNotifierPlugin())  // or .discoverPlugins()
 *         .pluginDirectory(Path.of("plugins"))          // a district's own plug-in jars, one layer each
 *         .configurationFile(Path.of("district.yaml"))  // plugins: { <id>: { enabled, config } }
 *         .pluginPolicy(PluginPolicy.SKIP_BROKEN)       // default FAIL_FAST
 *         .build();
 * }</pre>
 *
 * <p>{@link #inspectPlugins()} and {@link #resolvePlugins()} report on the plug-ins without
 * building an engine (see {@code docs/plugins.md}).
 */
public final class WeishiBuilder {
    private DistrictConfig district;
    private Clock clock = Clock.systemUTC();
    private final List<DistrictPlugin> explicit = new ArrayList<>();
    private boolean discover;
    private final List<Path> pluginDirectories = new ArrayList<>();
    private PluginPolicy policy = PluginPolicy.FAIL_FAST;
    private final Map<String, Map<String, Object>> pluginConfigs = new LinkedHashMap<>();
    private final Set<String> disabled = new HashSet<>();
    private String storagePlugin;
    private EventStore store;
    private PersonalDataVault vault;
    private final List<ApprovalRule> rules = new ArrayList<>();
    private final List<Notifier> notifiers = new ArrayList<>();
    private Duration ruleTimeout = Duration.ofSeconds(2);
    private Supplier<String> personKeys;
    private long snapshotEvery;
    private boolean startFromSnapshot = true;

    WeishiBuilder() {
    }

    /** @param config the district's configuration (required) @return this */
    public WeishiBuilder district(DistrictConfig config) {
        this.district = Objects.requireNonNull(config, "config");
        return this;
    }

    /** @param clock the engine clock (default: system UTC) @return this */
    public WeishiBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * Installs plug-ins explicitly. Installing the same plug-in class twice keeps the first.
     *
     * @param plugins plug-ins
     * @return this
     */
    public WeishiBuilder install(DistrictPlugin... plugins) {
        for (DistrictPlugin p : plugins) {
            if (explicit.stream().noneMatch(e -> e.getClass() == p.getClass())) explicit.add(p);
        }
        return this;
    }

    /**
     * Also finds plug-ins as {@code org.weishi.spi.DistrictPlugin} services on the module path
     * (opt-in, as Jackson's {@code findAndRegisterModules}).
     *
     * @return this
     */
    public WeishiBuilder discoverPlugins() {
        this.discover = true;
        return this;
    }

    /**
     * Also loads plug-ins from a directory, as a district deploys them: each jar, or each folder
     * holding a plug-in jar with the libraries it needs, gets its own module layer whose parent is
     * the core's layer. A file that is not a jar, a jar whose required module is missing, a split
     * package, or a jar without a plug-in each become one FAILED row naming the file; the other
     * plug-ins are unaffected. May be called more than once.
     *
     * @param directory the plug-in directory; it must exist when the engine is built
     * @return this
     * @since 0.1.0
     */
    public WeishiBuilder pluginDirectory(Path directory) {
        pluginDirectories.add(Objects.requireNonNull(directory, "directory"));
        return this;
    }

    /**
     * Reads the district's configuration file (JSON, or YAML when the name ends in {@code .yaml}
     * or {@code .yml}) and applies its {@code plugins} block: per plug-in id, {@code enabled}
     * switches it on or off and {@code config} becomes its configuration, bound to the plug-in's
     * record and validated when it starts. Other top-level keys are left to their owners.
     *
     * <pre>{@code
     * plugins:
     *   doumen-rules:
     *     enabled: true
     *     config:
     *       maxBudgetYuan: 300000
     *   notify-webhook:
     *     enabled: false
     * }</pre>
     *
     * Later calls to {@link #pluginConfig}, {@link #disable} and {@link #enable} override the file.
     *
     * @param file the configuration file
     * @return this
     * @throws WeishiException {@code WS-CONFIG-004} when the file cannot be read or parsed,
     *         {@code WS-CONFIG-005} listing every malformed entry of its {@code plugins} block
     * @since 0.1.0
     */
    public WeishiBuilder configurationFile(Path file) {
        for (ConfigurationFile.PluginSettings s : ConfigurationFile.read(file)) {
            if (s.enabled() != null) {
                if (s.enabled()) disabled.remove(s.id());
                else disabled.add(s.id());
            }
            if (s.config() != null) pluginConfigs.put(s.id(), s.config());
        }
        return this;
    }

    /** @param policy fail fast (default) or skip broken plug-ins @return this */
    public WeishiBuilder pluginPolicy(PluginPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * @param pluginId a plug-in id
     * @param config its configuration block (JSON-like maps, lists and scalars)
     * @return this
     */
    public WeishiBuilder pluginConfig(String pluginId, Map<String, Object> config) {
        pluginConfigs.put(pluginId, Map.copyOf(config));
        return this;
    }

    /** @param pluginId a plug-in to switch off @return this */
    public WeishiBuilder disable(String pluginId) {
        disabled.add(pluginId);
        return this;
    }

    /**
     * Switches a plug-in back on that the configuration file or {@link #disable} switched off.
     *
     * @param pluginId a plug-in id
     * @return this
     * @since 0.1.0
     */
    public WeishiBuilder enable(String pluginId) {
        disabled.remove(pluginId);
        return this;
    }

    /** @param pluginId which storage plug-in to use when several are started @return this */
    public WeishiBuilder storagePlugin(String pluginId) {
        this.storagePlugin = pluginId;
        return this;
    }

    /**
     * Uses a store directly, bypassing storage plug-ins (a host that manages its own DataSource).
     *
     * @param store the store
     * @param vault the personal-data vault
     * @return this
     */
    public WeishiBuilder storage(EventStore store, PersonalDataVault vault) {
        this.store = Objects.requireNonNull(store, "store");
        this.vault = Objects.requireNonNull(vault, "vault");
        return this;
    }

    /** @param rule an approval rule used beside plug-ins' rules @return this */
    public WeishiBuilder approvalRule(ApprovalRule rule) {
        rules.add(Objects.requireNonNull(rule, "rule"));
        return this;
    }

    /** @param notifier a notifier used beside plug-ins' notifiers @return this */
    public WeishiBuilder notifier(Notifier notifier) {
        notifiers.add(Objects.requireNonNull(notifier, "notifier"));
        return this;
    }

    /** @param timeout the time limit for one rule evaluation (default 2 s) @return this */
    public WeishiBuilder ruleTimeout(Duration timeout) {
        this.ruleTimeout = Objects.requireNonNull(timeout, "timeout");
        return this;
    }

    /** @param generator supplies new person keys (default: 128 random bits) @return this */
    public WeishiBuilder personKeys(Supplier<String> generator) {
        this.personKeys = Objects.requireNonNull(generator, "generator");
        return this;
    }

    /**
     * Keeps a snapshot of the views in the event store: each time the views have moved
     * {@code events} events past the last snapshot, a background thread saves a new one (a
     * consistent copy taken at one position; commands go on meanwhile). An engine starts from
     * the newest snapshot it can use (unless {@link #replayFromStart()}), so a restart replays only
     * the events after it; what "can use" means is in {@code docs/storage.md}, <i>Snapshots of the
     * views</i>.
     *
     * <p>Off by default (no snapshot is written unless {@link Weishi#snapshot()} is called):
     * replaying is exact and, for a district's log of a few hundred thousand events, takes
     * seconds. A snapshot holds every view, so saving one costs time and space in proportion to
     * the views (about 170 characters of JSON per demand); choose {@code events} so that saves are
     * minutes apart, e.g. 100,000. Stores that keep no snapshots ignore them.
     *
     * @param events events between snapshots, {@code > 0}; 0 turns automatic snapshots off
     * @return this
     * @throws IllegalArgumentException when {@code events} is negative
     * @since 0.1.0
     */
    public WeishiBuilder snapshotEvery(long events) {
        if (events < 0) throw new IllegalArgumentException("events must be >= 0");
        this.snapshotEvery = events;
        return this;
    }

    /**
     * Replays the whole log at start-up even when the store holds a usable snapshot of the views
     * (to check a snapshot against a full replay, or after changing how the views are built
     * without a new snapshot format). By default an engine starts from the newest usable snapshot.
     *
     * @return this
     * @since 0.1.0
     */
    public WeishiBuilder replayFromStart() {
        this.startFromSnapshot = false;
        return this;
    }

    /**
     * Resolves and starts the plug-ins, replays the log into the views (from the newest usable
     * snapshot, see {@link #snapshotEvery(long)}) and starts the outbox.
     *
     * @return the engine
     * @throws PluginException when plug-ins fail under {@link PluginPolicy#FAIL_FAST}
     * @throws WeishiException when no district or no store is configured
     */
    public Weishi build() {
        if (district == null) {
            throw new WeishiException("WS-CONFIG-001", LocalizedText.of("未配置区的区域树：请调用 district(...)",
                    "no district configured: call district(...) with the scope tree"));
        }
        PluginHost host = pluginHost();
        host.resolveAndStart();
        EventStore s = store;
        PersonalDataVault v = vault;
        if (s == null) {
            PluginHost.Storage chosen = host.storage(storagePlugin).orElseThrow(() -> {
                host.stopAll();
                return new WeishiException("WS-CONFIG-002", LocalizedText.of(
                        "没有可用的存储" + (storagePlugin == null ? "" : "插件 '" + storagePlugin + "'") + "：请安装 storage-memory 或 storage-jdbc 插件",
                        "no storage" + (storagePlugin == null ? "" : " plug-in '" + storagePlugin + "'")
                                + " is available: install storage-memory or storage-jdbc, or call storage(...)"));
            });
            s = chosen.store();
            v = chosen.vault();
            if (v == null) {
                host.stopAll();
                throw new WeishiException("WS-CONFIG-003", LocalizedText.of(
                        "存储插件 '" + chosen.pluginId() + "' 没有提供个人信息库", "storage plug-in '" + chosen.pluginId() + "' provides no personal-data vault"));
            }
        }
        List<ApprovalRule> allRules = new ArrayList<>(rules);
        allRules.addAll(host.approvalRules());
        List<Notifier> allNotifiers = new ArrayList<>(notifiers);
        allNotifiers.addAll(host.notifiers());
        Supplier<String> keys = personKeys != null ? personKeys : randomKeys();
        return new Engine(district, clock, s, v, new RuleRunner(allRules, ruleTimeout), new Outbox(s, allNotifiers), host, keys,
                snapshotEvery, startFromSnapshot);
    }

    /**
     * Finds, resolves and starts the plug-ins exactly as {@link #build()} would, records every
     * plug-in's row, then stops them again; no district, storage or engine is needed or built.
     * Never throws for a plug-in's problem, whatever the policy: under
     * {@link PluginPolicy#FAIL_FAST} nothing starts when resolution found a problem, and
     * {@link PluginReport#policyFailed()} tells whether the engine would refuse to start.
     *
     * @return the report (rows in the state they reached before being stopped)
     * @throws WeishiException {@code WS-PLUGIN-016} when a plug-in directory does not exist
     * @since 0.1.0
     */
    public PluginReport inspectPlugins() {
        PluginHost host = pluginHost();
        host.resolveAndStartCollecting();
        List<PluginInfo> rows = host.infos();
        host.stopAll();
        return new PluginReport(policy, rows);
    }

    /**
     * Finds and resolves the plug-ins without constructing or starting any of them: no plug-in
     * code runs (descriptors come from their {@code @PluginManifest} annotations), so a storage
     * plug-in opens no database. Rows end {@code RESOLVED}, {@code DISABLED} or {@code FAILED};
     * problems that only show when a plug-in starts (a throwing {@code start}, a configuration
     * violation) are not found. Use {@link #inspectPlugins()} to find those too.
     *
     * @return the report
     * @throws WeishiException {@code WS-PLUGIN-016} when a plug-in directory does not exist
     * @since 0.1.0
     */
    public PluginReport resolvePlugins() {
        PluginHost host = pluginHost();
        host.resolveOnly();
        return new PluginReport(policy, host.infos());
    }

    private PluginHost pluginHost() {
        PluginHost host = new PluginHost(policy, pluginConfigs, disabled, clock, new CommandValidator());
        explicit.forEach(host::addExplicit);
        if (discover) {
            host.discover(ServiceLoader.load(DistrictPlugin.class), PluginHost.MODULE_PATH, null);
        }
        pluginDirectories.forEach(host::discoverDirectory);
        return host;
    }

    private static Supplier<String> randomKeys() {
        SecureRandom random = new SecureRandom();
        return () -> {
            byte[] b = new byte[16];
            random.nextBytes(b);
            return "psn-" + HexFormat.of().formatHex(b);
        };
    }
}
