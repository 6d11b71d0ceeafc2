package org.weishi.core.internal;

import java.nio.file.Path;
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
import org.weishi.spi.WeishiException;
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
    /** Source of explicitly installed plug-ins. */
    public static final String EXPLICIT = "explicit";
    /** Source of plug-ins found as services on the module path. */
    public static final String MODULE_PATH = "module-path";

    static final String DUPLICATE = "WS-PLUGIN-001";
    static final String CORE_RANGE = "WS-PLUGIN-002";
    static final String MISSING_DEPENDENCY = "WS-PLUGIN-003";
    static final String DEPENDENCY_VERSION = "WS-PLUGIN-004";
    static final String CYCLE = "WS-PLUGIN-005";
    static final String BROKEN_DEPENDENCY = "WS-PLUGIN-006";
    static final String CONSTRUCTOR = "WS-PLUGIN-007";
    static final String START = "WS-PLUGIN-008";
    static final String CONFIG = "WS-PLUGIN-009";
    static final String UNREADABLE = "WS-PLUGIN-010";
    static final String NO_PLUGIN = "WS-PLUGIN-015";

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
        String code = "";
        String versionText = "?";
        Throwable failure;
        ClassLoader layerLoader;

        Handle(String label, String source, PluginDescriptor descriptor, Supplier<DistrictPlugin> factory) {
            this.label = label;
            this.source = source;
            this.descriptor = descriptor;
            this.factory = factory;
        }

        String id() {
            return descriptor == null ? label : descriptor.id();
        }

        /** @return the class loader of the plug-in's layer, or null when it came from elsewhere */
        ClassLoader loader() {
            return layerLoader;
        }

        void fail(String code, String what) {
            state = PluginState.FAILED;
            this.code = code;
            problem = "[" + code + "] " + what;
        }

        /** @return "plug-in 'id' 1.0.0", with the jar or folder when it came from the plug-in directory */
        String who() {
            String name = descriptor != null ? "plug-in " + descriptor : "plug-in " + label;
            return fromDirectory() ? name + " (" + source + ")" : name;
        }

        boolean fromDirectory() {
            return !source.equals(EXPLICIT) && !source.equals(MODULE_PATH);
        }

        PluginInfo info() {
            return new PluginInfo(id(), descriptor == null ? versionText : descriptor.version().toString(), source,
                    descriptor == null ? Set.of() : descriptor.provides(), state, problem, code, failure);
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
            Handle h = new Handle(plugin.getClass().getName(), EXPLICIT, null, () -> plugin);
            h.failure = e;
            h.fail(UNREADABLE, "plug-in class " + plugin.getClass().getName() + " has no readable descriptor: " + e.getMessage()
                    + ". Annotate it with @PluginManifest or override descriptor().");
            handles.add(h);
            return;
        }
        Handle h = new Handle(d.id(), EXPLICIT, d, () -> plugin);
        h.instance = plugin;
        handles.add(h);
    }

    /**
     * Finds plug-ins as services in a module layer (the boot layer for the module path).
     * A provider that cannot even be loaded becomes one FAILED entry; the search goes on.
     * Reading a provider's descriptor does not run its code: it comes from the
     * {@code @PluginManifest} annotation of {@link ServiceLoader.Provider#type()}.
     *
     * @param loader the service loader
     * @param source where they come from, e.g. {@code module-path} or a jar's file name
     * @param onlyLayer when not null, only providers defined in this layer count
     * @return how many plug-ins (readable or not) were found
     */
    public int discover(ServiceLoader<DistrictPlugin> loader, String source, ModuleLayer onlyLayer) {
        int found = 0;
        var it = loader.stream().iterator();
        while (true) {
            ServiceLoader.Provider<DistrictPlugin> p;
            Class<? extends DistrictPlugin> type;
            try {
                if (!it.hasNext()) break;
                p = it.next();
                type = p.type();
            } catch (ServiceConfigurationError | LinkageError e) {
                Handle h = new Handle("?", source, null, null);
                h.failure = e;
                h.fail(UNREADABLE, "a plug-in provider in " + source + " cannot be loaded: " + e.getMessage()
                        + ". Check the 'provides org.weishi.spi.DistrictPlugin with ...' clause of its module-info and that"
                        + " the class is public with a public no-argument constructor.");
                handles.add(h);
                found++;
                continue;
            }
            if (onlyLayer != null && type.getModule().getLayer() != onlyLayer) continue;
            if (handles.stream().anyMatch(h -> h.instance != null && h.instance.getClass() == type)) continue;
            found++;
            PluginDescriptor d;
            try {
                d = PluginDescriptor.of(type);
            } catch (RuntimeException | LinkageError e) {
                Handle h = new Handle(type.getName(), source, null, p::get);
                h.failure = e;
                h.versionText = moduleVersion(type);
                h.fail(UNREADABLE, "plug-in class " + type.getName() + " in " + source + " has no readable descriptor: "
                        + e.getMessage() + ". Annotate it with @PluginManifest(id = ..., version = ..., requires = ...).");
                handles.add(h);
                continue;
            }
            Handle h = new Handle(d.id(), source, d, p::get);
            if (onlyLayer != null) h.layerLoader = type.getClassLoader();
            handles.add(h);
        }
        return found;
    }

    private static String moduleVersion(Class<?> type) {
        var d = type.getModule().getDescriptor();
        return d == null ? "?" : d.rawVersion().orElse("?");
    }

    /**
     * Finds plug-ins in a plug-in directory. Each jar, or each folder holding a plug-in jar with
     * its libraries, gets its own module layer whose parent is the core's layer; only providers
     * defined in that layer count as that plug-in's. A jar that cannot get a layer (not a jar, a
     * required module missing, a split package ...) or holds no plug-in becomes one FAILED entry
     * naming its file; the others are unaffected.
     *
     * @param dir the plug-in directory
     * @throws org.weishi.spi.WeishiException (WS-PLUGIN-016) when the directory is missing
     */
    public void discoverDirectory(Path dir) {
        ModuleLayer parent = PluginLayers.parent();
        for (PluginFinder.Candidate c : PluginFinder.scan(dir)) {
            if (c.jars().isEmpty()) {
                Handle h = new Handle("?", c.source(), null, null);
                h.fail(PluginLayers.NOT_A_JAR, c.folder()
                        ? "plug-in folder " + c.source() + " holds no jar. Put the plug-in jar (and its libraries) in it, or remove it."
                        : "plug-in file " + c.source() + " is not a jar (its name does not end in .jar). Only plug-in jars, and"
                                + " folders holding a plug-in jar with its libraries, belong in the plug-in directory: remove it.");
                handles.add(h);
                continue;
            }
            PluginLayers.Outcome outcome = PluginLayers.build(c.jars(), c.source(), parent);
            if (outcome instanceof PluginLayers.Broken b) {
                Handle h = new Handle("?", c.source(), null, null);
                h.versionText = b.version();
                h.failure = b.cause();
                h.fail(b.code(), b.message());
                handles.add(h);
                LOG.debug("Plug-in {} has no layer: {}", c.source(), b.message(), b.cause());
                continue;
            }
            PluginLayers.Built built = (PluginLayers.Built) outcome;
            int found = discover(ServiceLoader.load(built.layer(), DistrictPlugin.class), c.source(), built.layer());
            if (found == 0) {
                Handle h = new Handle("?", c.source(), null, null);
                h.versionText = built.version();
                h.fail(NO_PLUGIN, (c.folder() ? "plug-in folder " : "plug-in file ") + c.source() + " (module"
                        + (built.modules().size() == 1 ? " " : "s ") + String.join(", ", built.modules())
                        + ") holds no plug-in: no module in it declares 'provides org.weishi.spi.DistrictPlugin with ...'."
                        + " Add that clause to the plug-in's module-info, or, if this is a library, put it in a folder with"
                        + " the plug-in jar that needs it.");
                handles.add(h);
            }
        }
    }

    /**
     * Resolves every plug-in, then starts those that resolved, in dependency order.
     *
     * @throws PluginException under FAIL_FAST when anything failed; started plug-ins are stopped
     */
    public void resolveAndStart() {
        if (resolveAndStartCollecting()) {
            List<PluginInfo> failed = failedInfos();
            stopAll();
            throw new PluginException(failed);
        }
    }

    /**
     * Resolves every plug-in, then, unless the fail-fast policy already failed, starts those that
     * resolved, in dependency order. Never throws for a plug-in's problem: each stays on its row.
     *
     * @return true when the policy is FAIL_FAST and some plug-in failed (the host would refuse to run)
     */
    public boolean resolveAndStartCollecting() {
        List<Handle> order = resolve();
        if (failFastTripped()) return true;
        for (Handle h : order) {
            if (h.state != PluginState.RESOLVED) continue;
            Optional<Handle> brokenDep = requiredDeps(h).stream().filter(d -> d.state != PluginState.STARTED).findFirst();
            if (brokenDep.isPresent()) {
                Handle dep = brokenDep.get();
                h.fail(BROKEN_DEPENDENCY, h.who() + " is skipped: it depends on " + dep.who() + ", which is " + dep.state
                        + (dep.code.isEmpty() ? "" : " (" + dep.code + ")") + ". Fix that plug-in first.");
                continue;
            }
            start(h);
            if (h.state == PluginState.FAILED && policy == PluginPolicy.FAIL_FAST) break;
        }
        return failFastTripped();
    }

    private boolean failFastTripped() {
        return policy == PluginPolicy.FAIL_FAST && handles.stream().anyMatch(h -> h.state == PluginState.FAILED);
    }

    private List<PluginInfo> failedInfos() {
        return handles.stream().filter(h -> h.state == PluginState.FAILED).map(Handle::info).toList();
    }

    private void start(Handle h) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        // Libraries inside a plug-in that look things up through the context class loader (ServiceLoader.load(X),
        // JAXB, JDBC drivers) must see the plug-in's own layer, not the host's.
        if (h.loader() != null) thread.setContextClassLoader(h.loader());
        try {
            construct(h);
            if (h.state != PluginState.FAILED) startConstructed(h);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private void construct(Handle h) {
        try {
            if (h.instance == null) h.instance = h.factory.get();
        } catch (Throwable e) {
            Throwable cause = e instanceof ServiceConfigurationError && e.getCause() != null ? e.getCause() : e;
            h.failure = cause;
            h.fail(CONSTRUCTOR, h.who() + " could not be constructed: " + cause
                    + ". Its public no-argument constructor (or public static provider() method) must not fail; report this"
                    + " to its vendor.");
            logFailure("Plug-in {} could not be constructed", h, cause);
        }
    }

    private void startConstructed(Handle h) {
        try {
            h.instance.start(new DefaultPluginContext(h.descriptor, configs.getOrDefault(h.id(), Map.of()), clock, validator));
            h.state = PluginState.STARTED;
            started.add(h);
            LOG.debug("Plug-in {} started", h.who());
        } catch (Throwable e) {
            h.failure = e;
            String msg = e.getMessage() == null ? e.toString() : e.getMessage();
            if (e instanceof WeishiException we && we.code().equals(CONFIG)) {
                h.fail(CONFIG, h.who() + " refused its configuration: " + we.text().en() + ". Correct the 'plugins."
                        + h.id() + ".config' block of the configuration file.");
            } else {
                h.fail(START, h.who() + " failed to start: " + msg + ". Check its configuration and logs; the other"
                        + " plug-ins go on without it.");
            }
            logFailure("Plug-in {} failed to start", h, e);
        }
    }

    /**
     * Under FAIL_FAST the failure is thrown (in a PluginException) and must not also be logged as a warning;
     * under SKIP_BROKEN the row is the only other trace, so the stack trace goes to the log.
     */
    private void logFailure(String message, Handle h, Throwable e) {
        if (policy == PluginPolicy.SKIP_BROKEN) LOG.warn(message, h.who(), e);
        else LOG.debug(message, h.who(), e);
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
        warnAboutUnknownIds();
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
                h.fail(DUPLICATE, h.who() + " duplicates " + prior.who() + (prior.fromDirectory() ? "" : " (" + prior.source + ")")
                        + ": plug-in id '" + h.id() + "' must be unique. Remove one of the two"
                        + (h.fromDirectory() || prior.fromDirectory() ? " jars." : " installations."));
                continue;
            }
            if (!h.descriptor.requires().contains(CORE_VERSION)) {
                h.fail(CORE_RANGE, h.who() + " requires core " + h.descriptor.requires() + " but this is core "
                        + CORE_VERSION + ". Install a version of the plug-in built for core " + CORE_VERSION.major() + "."
                        + CORE_VERSION.minor() + ", or run a core inside its range.");
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
                            h.fail(MISSING_DEPENDENCY, h.who() + " needs plug-in '" + d.pluginId() + "' (" + d.versions()
                                    + "), which is not installed. Add its jar to the plug-in directory.");
                        } else {
                            h.fail(BROKEN_DEPENDENCY, h.who() + " is skipped: it depends on " + anyDep.who() + ", which is "
                                    + anyDep.state + (anyDep.code.isEmpty() ? "" : " (" + anyDep.code + ")")
                                    + ". Fix that plug-in first" + (anyDep.state == PluginState.DISABLED ? ", or enable it." : "."));
                        }
                        changed = true;
                        break;
                    }
                    if (!d.versions().contains(dep.descriptor.version())) {
                        h.fail(DEPENDENCY_VERSION, h.who() + " needs '" + d.pluginId() + "' " + d.versions()
                                + " but " + dep.who() + " is installed. Install a matching version.");
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
                h.fail(CYCLE, h.who() + " is in a dependency cycle (" + h.descriptor.dependencies()
                        + "). Break the cycle: one of the plug-ins must stop depending on the other.");
            }
        }
        return order;
    }

    /** A misspelt id in the configuration would otherwise silently configure nothing. */
    private void warnAboutUnknownIds() {
        Set<String> known = new java.util.HashSet<>();
        for (Handle h : handles) if (h.descriptor != null) known.add(h.descriptor.id());
        for (String id : new java.util.TreeSet<>(configs.keySet())) {
            if (!known.contains(id)) LOG.warn("The configuration has a block for plug-in '{}', but no such plug-in is installed", id);
        }
        for (String id : new java.util.TreeSet<>(disabled)) {
            if (!known.contains(id)) LOG.warn("The configuration disables plug-in '{}', but no such plug-in is installed", id);
        }
    }

    /** Stops started plug-ins in reverse start order. */
    public void stopAll() {
        for (int i = started.size() - 1; i >= 0; i--) {
            Handle h = started.get(i);
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            if (h.loader() != null) thread.setContextClassLoader(h.loader());
            try {
                h.instance.stop();
            } catch (Throwable e) {
                // Stopping goes on for the others; the plug-in is stopped as far as the host is concerned.
                LOG.warn("Plug-in {} failed to stop cleanly", h.who(), e);
            } finally {
                thread.setContextClassLoader(before);
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
        h.fail(START, h.who() + " failed to hand over its capabilities: " + e + ". Report this to its vendor; the engine runs without them.");
        LOG.warn("Plug-in {} failed to hand over its capabilities", h.who(), e);
    }

    /** @return ids of capabilities, for logs */
    static Set<Capability> none() {
        return EnumSet.noneOf(Capability.class);
    }
}
