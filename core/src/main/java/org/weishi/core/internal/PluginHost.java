package org.weishi.core.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.weishi.core.PluginException;
import org.weishi.core.PluginInfo;
import org.weishi.core.PluginPolicy;
import org.weishi.core.PluginState;
import org.weishi.spi.Capability;
import org.weishi.spi.DistrictPlugin;
import org.weishi.spi.PluginDependency;
import org.weishi.spi.PluginDescriptor;
import org.weishi.spi.Version;
import org.weishi.spi.approval.ApprovalRule;
import org.weishi.spi.notify.Notifier;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.PersonalDataVault;

/**
 * Finds, resolves, starts and stops plug-ins. Resolution happens for the whole set before any
 * plug-in starts and collects every problem; with {@link PluginPolicy#SKIP_BROKEN} what depends on
 * a broken plug-in is skipped with a message naming it. A plug-in whose constructor or
 * {@code start} throws is marked FAILED with its cause kept; the host goes on.
 */
public final class PluginHost {
    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);
    /** The version of this core, checked against each plug-in's {@code requires} range. */
    public static final Version CORE_VERSION = Version.parse("0.1.0");

    private final List<Handle> handles = new ArrayList<>();
    private final PluginPolicy policy;
    private final Map<String, Map<String, Object>> configs;
    private final Set<String> disabled;
    private final Clock clock;
    private final CommandValidator validator;
    private final List<Handle> started = new ArrayList<>();

    /** One plug-in as the host tracks it. */
    static final class Handle {
        final String label;
        final String source;
        final PluginDescriptor descriptor;
        final Supplier<DistrictPlugin> factory;
        DistrictPlugin instance;
        PluginState state = PluginState.DISCOVERED;
        String problem = "";
        Throwable failure;

        Handle(String label, String source, PluginDescriptor descriptor, Supplier<DistrictPlugin> factory) {
            this.label = label;
            this.source = source;
            this.descriptor = descriptor;
            this.factory = factory;
        }

        String id() {
            return descriptor == null ? label : descriptor.id();
        }

        void fail(String code, String what) {
            state = PluginState.FAILED;
            problem = "[" + code + "] " + what;
        }

        PluginInfo info() {
            return new PluginInfo(id(), descriptor == null ? "?" : descriptor.version().toString(), source,
                    descriptor == null ? Set.of() : descriptor.provides(), state, problem);
        }
    }

    /**
     * @param policy fail fast or skip broken
     * @param configs each plug-in's configuration block, by plug-in id
     * @param disabled ids switched off by configuration
     * @param clock the engine clock handed to plug-ins
     * @param validator validates configuration records
     */
    public PluginHost(PluginPolicy policy, Map<String, Map<String, Object>> configs, Set<String> disabled, Clock clock,
                      CommandValidator validator) {
        this.policy = policy;
        this.configs = Map.copyOf(configs);
        this.disabled = Set.copyOf(disabled);
        this.clock = clock;
        this.validator = validator;
    }

    /**
     * Registers an already constructed plug-in.
     *
     * @param plugin the plug-in
     */
    public void addExplicit(DistrictPlugin plugin) {
        PluginDescriptor d;
        try {
            d = plugin.descriptor();
        } catch (RuntimeException e) {
            Handle h = new Handle(plugin.getClass().getName(), "explicit", null, () -> plugin);
            h.fail("WS-PLUGIN-010", "plug-in class " + plugin.getClass().getName() + " has no readable descriptor: " + e.getMessage()
                    + ". Annotate it with @PluginManifest or override descriptor().");
            handles.add(h);
            return;
        }
        Handle h = new Handle(d.id(), "explicit", d, () -> plugin);
        h.instance = plugin;
        handles.add(h);
    }

    /**
     * Finds plug-ins as services in a module layer (the boot layer for the module path).
     * A provider that cannot even be loaded becomes one FAILED entry; the search goes on.
     *
     * @param loader the service loader
     * @param source where they come from, e.g. {@code module-path} or a jar's file name
     * @param onlyLayer when not null, only providers defined in this layer count
     */
    public void discover(ServiceLoader<DistrictPlugin> loader, String source, ModuleLayer onlyLayer) {
        var it = loader.stream().iterator();
        while (true) {
            ServiceLoader.Provider<DistrictPlugin> p;
            try {
                if (!it.hasNext()) break;
                p = it.next();
            } catch (ServiceConfigurationError e) {
                Handle h = new Handle(source, source, null, null);
                h.fail("WS-PLUGIN-010", "a plug-in provider in " + source + " cannot be loaded: " + e.getMessage()
                        + ". Check the jar's module-info 'provides' clause.");
                handles.add(h);
                continue;
            }
            if (onlyLayer != null && p.type().getModule().getLayer() != onlyLayer) continue;
            Class<? extends DistrictPlugin> type = p.type();
            if (handles.stream().anyMatch(h -> h.instance != null && h.instance.getClass() == type)) continue;
            PluginDescriptor d;
            try {
                d = PluginDescriptor.of(type);
            } catch (RuntimeException e) {
                Handle h = new Handle(type.getName(), source, null, p::get);
                h.fail("WS-PLUGIN-010", "plug-in class " + type.getName() + " in " + source + " has no readable descriptor: "
                        + e.getMessage() + ". Annotate it with @PluginManifest.");
                handles.add(h);
                continue;
            }
            handles.add(new Handle(d.id(), source, d, p::get));
        }
    }

    /**
     * Resolves every plug-in, then starts those that resolved, in dependency order.
     *
     * @throws PluginException under FAIL_FAST when anything failed
     */
    public void resolveAndStart() {
        List<Handle> order = resolve();
        failFastIfAny();
        for (Handle h : order) {
            if (h.state != PluginState.RESOLVED) continue;
            Optional<Handle> brokenDep = requiredDeps(h).stream().filter(d -> d.state != PluginState.STARTED).findFirst();
            if (brokenDep.isPresent()) {
                h.fail("WS-PLUGIN-006", "plug-in " + h.descriptor + " is skipped: it depends on " + brokenDep.get().descriptor
                        + ", which is " + brokenDep.get().state + ". Fix that plug-in first.");
                continue;
            }
            start(h);
        }
        failFastIfAny();
    }

    private void failFastIfAny() {
        if (policy != PluginPolicy.FAIL_FAST) return;
        List<PluginInfo> failed = handles.stream().filter(h -> h.state == PluginState.FAILED).map(Handle::info).toList();
        if (!failed.isEmpty()) {
            stopAll();
            throw new PluginException(failed);
        }
    }

    private void start(Handle h) {
        try {
            if (h.instance == null) h.instance = h.factory.get();
        } catch (Throwable e) {
            h.failure = e;
            h.fail("WS-PLUGIN-007", "plug-in " + h.descriptor + " (" + h.source + ") could not be constructed: " + e
                    + ". Its public no-argument constructor must not fail; report this to its vendor.");
            LOG.warn("Plug-in {} could not be constructed", h.descriptor, e);
            return;
        }
        try {
            h.instance.start(new DefaultPluginContext(h.descriptor, configs.getOrDefault(h.id(), Map.of()), clock, validator));
            h.state = PluginState.STARTED;
            started.add(h);
            LOG.debug("Plug-in {} started", h.descriptor);
        } catch (Throwable e) {
            h.failure = e;
            String msg = e.getMessage() == null ? e.toString() : e.getMessage();
            h.fail(e instanceof org.weishi.spi.WeishiException we && we.code().equals("WS-PLUGIN-009") ? "WS-PLUGIN-009" : "WS-PLUGIN-008",
                    "plug-in " + h.descriptor + " failed to start: " + msg + ". Check its configuration and logs.");
            LOG.warn("Plug-in {} failed to start", h.descriptor, e);
        }
    }

    private List<Handle> requiredDeps(Handle h) {
        List<Handle> out = new ArrayList<>();
        for (PluginDependency d : h.descriptor.dependencies()) {
            Handle dep = byId(d.pluginId());
            if (dep != null && (!d.optional() || dep.state != PluginState.DISABLED)) {
                if (!d.optional() || dep.state == PluginState.RESOLVED || dep.state == PluginState.STARTED) out.add(dep);
            }
        }
        return out;
    }

    private Handle byId(String id) {
        for (Handle h : handles) {
            if (h.descriptor != null && h.descriptor.id().equals(id) && h.state != PluginState.FAILED) return h;
        }
        for (Handle h : handles) if (h.descriptor != null && h.descriptor.id().equals(id)) return h;
        return null;
    }

    private List<Handle> resolve() {
        Map<String, Handle> byId = new LinkedHashMap<>();
        for (Handle h : handles) {
            if (h.state == PluginState.FAILED) continue;
            if (disabled.contains(h.id())) {
                h.state = PluginState.DISABLED;
                h.problem = "disabled by configuration";
                continue;
            }
            Handle prior = byId.get(h.id());
            if (prior != null) {
                h.fail("WS-PLUGIN-001", "plug-in id '" + h.id() + "' " + h.descriptor.version() + " from " + h.source
                        + " duplicates " + prior.descriptor + " from " + prior.source + ". Remove one of the two jars.");
                continue;
            }
            if (!h.descriptor.requires().contains(CORE_VERSION)) {
                h.fail("WS-PLUGIN-002", "plug-in " + h.descriptor + " requires core " + h.descriptor.requires() + " but this is core "
                        + CORE_VERSION + ". Install a version of the plug-in built for core " + CORE_VERSION.major() + "." + CORE_VERSION.minor() + ".");
                continue;
            }
            byId.put(h.id(), h);
        }
        // Dependencies: repeat until stable, since a failure can break its dependents.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Handle h : byId.values()) {
                if (h.state == PluginState.FAILED) continue;
                for (PluginDependency d : h.descriptor.dependencies()) {
                    Handle dep = byId.get(d.pluginId());
                    Handle anyDep = dep != null ? dep : handles.stream().filter(x -> x.id().equals(d.pluginId())).findFirst().orElse(null);
                    if (dep == null || dep.state == PluginState.FAILED || dep.state == PluginState.DISABLED) {
                        if (d.optional()) continue;
                        if (anyDep == null) {
                            h.fail("WS-PLUGIN-003", "plug-in " + h.descriptor + " needs plug-in '" + d.pluginId() + "' (" + d.versions()
                                    + "), which is not installed. Add its jar to the plug-in directory.");
                        } else {
                            h.fail("WS-PLUGIN-006", "plug-in " + h.descriptor + " is skipped: it depends on '" + d.pluginId()
                                    + "', which is " + anyDep.state + ". Fix that plug-in first.");
                        }
                        changed = true;
                        break;
                    }
                    if (!d.versions().contains(dep.descriptor.version())) {
                        h.fail("WS-PLUGIN-004", "plug-in " + h.descriptor + " needs '" + d.pluginId() + "' " + d.versions()
                                + " but " + dep.descriptor.version() + " is installed. Install a matching version.");
                        changed = true;
                        break;
                    }
                }
            }
        }
        // Topological order (Kahn), by id for determinism; what is left is in a cycle.
        List<Handle> live = byId.values().stream().filter(h -> h.state != PluginState.FAILED).toList();
        Map<Handle, Integer> indegree = new HashMap<>();
        for (Handle h : live) indegree.put(h, 0);
        for (Handle h : live) {
            for (PluginDependency d : h.descriptor.dependencies()) {
                Handle dep = byId.get(d.pluginId());
                if (dep != null && indegree.containsKey(dep)) indegree.merge(h, 1, Integer::sum);
            }
        }
        List<Handle> order = new ArrayList<>();
        List<Handle> ready = new ArrayList<>(live.stream().filter(h -> indegree.get(h) == 0).toList());
        while (!ready.isEmpty()) {
            ready.sort(Comparator.comparing(Handle::id));
            Handle h = ready.remove(0);
            order.add(h);
            h.state = PluginState.RESOLVED;
            for (Handle other : live) {
                if (other.descriptor.dependencies().stream().anyMatch(d -> d.pluginId().equals(h.id()))
                        && indegree.containsKey(other)) {
                    if (indegree.merge(other, -1, Integer::sum) == 0) ready.add(other);
                }
            }
        }
        for (Handle h : live) {
            if (!order.contains(h)) {
                h.fail("WS-PLUGIN-005", "plug-in " + h.descriptor + " is in a dependency cycle ("
                        + h.descriptor.dependencies() + "). Break the cycle.");
            }
        }
        return order;
    }

    /** Stops started plug-ins in reverse start order. */
    public void stopAll() {
        for (int i = started.size() - 1; i >= 0; i--) {
            Handle h = started.get(i);
            try {
                h.instance.stop();
                h.state = PluginState.STOPPED;
            } catch (Throwable e) {
                LOG.warn("Plug-in {} failed to stop cleanly", h.descriptor, e);
                h.state = PluginState.STOPPED;
            }
        }
        started.clear();
    }

    /** @return every plug-in's info, in the order found */
    public List<PluginInfo> infos() {
        return handles.stream().map(Handle::info).toList();
    }

    /** @return started plug-ins, in start order */
    List<DistrictPlugin> startedPlugins() {
        return started.stream().map(h -> h.instance).toList();
    }

    /**
     * @param preferredId a storage plug-in id, or null for the highest priority one
     * @return the chosen storage plug-in's store and vault
     */
    public Optional<Storage> storage(String preferredId) {
        return started.stream()
                .filter(h -> h.descriptor.provides().contains(Capability.STORAGE))
                .filter(h -> preferredId == null || h.id().equals(preferredId))
                .sorted(Comparator.comparingInt((Handle h) -> -h.descriptor.priority()))
                .flatMap(h -> guarded(h, () -> h.instance.eventStore()).stream()
                        .map(s -> new Storage(h.id(), s, guarded(h, () -> h.instance.personalDataVault()).orElse(null))))
                .findFirst();
    }

    /** A chosen store. */
    public record Storage(String pluginId, EventStore store, PersonalDataVault vault) {
    }

    /** @return approval rules of every started plug-in, in start order */
    public List<ApprovalRule> approvalRules() {
        List<ApprovalRule> out = new ArrayList<>();
        for (Handle h : started) out.addAll(guardedList(h, () -> h.instance.approvalRules()));
        return out;
    }

    /** @return notifiers of every started plug-in */
    public List<Notifier> notifiers() {
        List<Notifier> out = new ArrayList<>();
        for (Handle h : started) out.addAll(guardedList(h, () -> h.instance.notifiers()));
        return out;
    }

    /** @return disclosure publishers of every started plug-in, in start order */
    public List<org.weishi.spi.disclosure.DisclosurePublisher> disclosurePublishers() {
        List<org.weishi.spi.disclosure.DisclosurePublisher> out = new ArrayList<>();
        for (Handle h : started) out.addAll(guardedList(h, () -> h.instance.disclosurePublishers()));
        return out;
    }

    private <T> Optional<T> guarded(Handle h, Supplier<Optional<T>> s) {
        try {
            Optional<T> v = s.get();
            return v == null ? Optional.empty() : v;
        } catch (RuntimeException e) {
            markBroken(h, e);
            return Optional.empty();
        }
    }

    private <T> List<T> guardedList(Handle h, Supplier<List<T>> s) {
        try {
            List<T> v = s.get();
            return v == null ? List.of() : v;
        } catch (RuntimeException e) {
            markBroken(h, e);
            return List.of();
        }
    }

    private void markBroken(Handle h, RuntimeException e) {
        h.failure = e;
        h.fail("WS-PLUGIN-008", "plug-in " + h.descriptor + " failed to hand over its capabilities: " + e);
        LOG.warn("Plug-in {} failed to hand over its capabilities", h.descriptor, e);
    }

    /** @return ids of capabilities, for logs */
    static Set<Capability> none() {
        return EnumSet.noneOf(Capability.class);
    }
}
