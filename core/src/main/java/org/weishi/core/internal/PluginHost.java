package org.weishi.core.internal;

import static org.weishi.core.internal.PluginCodes.*;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.weishi.spi.PluginDescriptor;
import org.weishi.spi.Version;
import org.weishi.spi.approval.ApprovalRule;
import org.weishi.spi.notify.Notifier;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.PersonalDataVault;

/**
 * The plug-in host the engine talks to: finds plug-ins (explicit, module path, plug-in directory
 * through {@link PluginFinder} and {@link PluginLayers}), has {@link PluginResolver} resolve them,
 * {@link PluginLifecycle} start and stop them, and hands the started ones' capabilities to the
 * engine. Resolution happens for the whole set before any plug-in starts and collects every problem; with {@link PluginPolicy#SKIP_BROKEN} what depends on
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

    private final List<PluginHandle> handles = new ArrayList<>();
    private final PluginLifecycle lifecycle;
    private final PluginPolicy policy;
    private final Map<String, Map<String, Object>> configs;
    private final Set<String> disabled;

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
        this.lifecycle = new PluginLifecycle(policy, this.configs, clock, validator);
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
            PluginHandle h = new PluginHandle(plugin.getClass().getName(), EXPLICIT, null, () -> plugin);
            h.failure = e;
            h.fail(UNREADABLE, "plug-in class " + plugin.getClass().getName() + " has no readable descriptor: " + e.getMessage()
                    + ". Annotate it with @PluginManifest or override descriptor().");
            handles.add(h);
            return;
        }
        PluginHandle h = new PluginHandle(d.id(), EXPLICIT, d, () -> plugin);
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
                PluginHandle h = new PluginHandle("?", source, null, null);
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
                PluginHandle h = new PluginHandle(type.getName(), source, null, p::get);
                h.failure = e;
                h.versionText = moduleVersion(type);
                h.fail(UNREADABLE, "plug-in class " + type.getName() + " in " + source + " has no readable descriptor: "
                        + e.getMessage() + ". Annotate it with @PluginManifest(id = ..., version = ..., requires = ...).");
                handles.add(h);
                continue;
            }
            PluginHandle h = new PluginHandle(d.id(), source, d, p::get);
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
                PluginHandle h = new PluginHandle("?", c.source(), null, null);
                h.fail(NOT_A_JAR, c.folder()
                        ? "plug-in folder " + c.source() + " holds no jar. Put the plug-in jar (and its libraries) in it, or remove it."
                        : "plug-in file " + c.source() + " is not a jar (its name does not end in .jar). Only plug-in jars, and"
                                + " folders holding a plug-in jar with its libraries, belong in the plug-in directory: remove it.");
                handles.add(h);
                continue;
            }
            PluginLayers.Outcome outcome = PluginLayers.build(c.jars(), c.source(), parent);
            if (outcome instanceof PluginLayers.Broken b) {
                PluginHandle h = new PluginHandle("?", c.source(), null, null);
                h.versionText = b.version();
                h.failure = b.cause();
                h.fail(b.code(), b.message());
                handles.add(h);
                LOG.debug("Plug-in {} has no module layer: {}", c.source(), b.message(), b.cause());
                continue;
            }
            PluginLayers.Built built = (PluginLayers.Built) outcome;
            int found = discover(ServiceLoader.load(built.layer(), DistrictPlugin.class), c.source(), built.layer());
            if (found == 0) {
                PluginHandle h = new PluginHandle("?", c.source(), null, null);
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
     * Resolves every plug-in without constructing or starting any: the rows end RESOLVED, DISABLED
     * or FAILED. Only the descriptors (annotations) are read, so no plug-in code runs.
     *
     * @return true when the policy is FAIL_FAST and some plug-in failed
     */
    public boolean resolveOnly() {
        new PluginResolver(handles, disabled, configs.keySet(), CORE_VERSION).resolve();
        return policy == PluginPolicy.FAIL_FAST && handles.stream().anyMatch(h -> h.state == PluginState.FAILED);
    }

    /**
     * Resolves every plug-in, then, unless the fail-fast policy already failed, starts those that
     * resolved, in dependency order. Never throws for a plug-in's problem: each stays on its row.
     *
     * @return true when the policy is FAIL_FAST and some plug-in failed (the host would refuse to run)
     */
    public boolean resolveAndStartCollecting() {
        PluginResolver resolver = new PluginResolver(handles, disabled, configs.keySet(), CORE_VERSION);
        List<PluginHandle> order = resolver.resolve();
        if (failFastTripped()) return true;
        for (PluginHandle h : order) {
            if (h.state != PluginState.RESOLVED) continue;
            Optional<PluginHandle> brokenDep = resolver.unstartedDependency(h);
            if (brokenDep.isPresent()) {
                PluginHandle dep = brokenDep.get();
                h.fail(BROKEN_DEPENDENCY, h.who() + " is skipped: it depends on " + dep.who() + ", which is " + dep.state
                        + (dep.code.isEmpty() ? "" : " (" + dep.code + ")") + ". Fix that plug-in first.");
                continue;
            }
            lifecycle.start(h);
            if (h.state == PluginState.FAILED && policy == PluginPolicy.FAIL_FAST) break;
        }
        return failFastTripped();
    }

    private boolean failFastTripped() {
        return policy == PluginPolicy.FAIL_FAST && handles.stream().anyMatch(h -> h.state == PluginState.FAILED);
    }

    private List<PluginInfo> failedInfos() {
        return handles.stream().filter(h -> h.state == PluginState.FAILED).map(PluginHandle::info).toList();
    }

    /** Stops started plug-ins in reverse start order. */
    public void stopAll() {
        lifecycle.stopAll();
    }

    /** @return every plug-in's info, in the order found */
    public List<PluginInfo> infos() {
        return handles.stream().map(PluginHandle::info).toList();
    }

    /**
     * @param preferredId a storage plug-in id, or null for the highest priority one
     * @return the chosen storage plug-in's store and vault
     */
    public Optional<Storage> storage(String preferredId) {
        return lifecycle.started().stream()
                .filter(h -> h.descriptor.provides().contains(Capability.STORAGE))
                .filter(h -> preferredId == null || h.id().equals(preferredId))
                .sorted(Comparator.comparingInt((PluginHandle h) -> -h.descriptor.priority()))
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
        for (PluginHandle h : lifecycle.started()) out.addAll(guardedList(h, () -> h.instance.approvalRules()));
        return out;
    }

    /** @return notifiers of every started plug-in */
    public List<Notifier> notifiers() {
        List<Notifier> out = new ArrayList<>();
        for (PluginHandle h : lifecycle.started()) out.addAll(guardedList(h, () -> h.instance.notifiers()));
        return out;
    }

    /** @return disclosure publishers of every started plug-in, in start order */
    public List<org.weishi.spi.disclosure.DisclosurePublisher> disclosurePublishers() {
        List<org.weishi.spi.disclosure.DisclosurePublisher> out = new ArrayList<>();
        for (PluginHandle h : lifecycle.started()) out.addAll(guardedList(h, () -> h.instance.disclosurePublishers()));
        return out;
    }

    private <T> Optional<T> guarded(PluginHandle h, Supplier<Optional<T>> s) {
        try {
            Optional<T> v = s.get();
            return v == null ? Optional.empty() : v;
        } catch (RuntimeException | LinkageError e) {
            // A LinkageError (a class missing from the plug-in's jar) must not take the host down either.
            markBroken(h, e);
            return Optional.empty();
        }
    }

    private <T> List<T> guardedList(PluginHandle h, Supplier<List<T>> s) {
        try {
            List<T> v = s.get();
            return v == null ? List.of() : v;
        } catch (RuntimeException | LinkageError e) {
            // A LinkageError (a class missing from the plug-in's jar) must not take the host down either.
            markBroken(h, e);
            return List.of();
        }
    }

    private void markBroken(PluginHandle h, Throwable e) {
        h.failure = e;
        h.fail(START, h.who() + " failed to hand over its capabilities: " + e + ". Report this to its vendor; the engine runs without them.");
        LOG.warn("{} failed to hand over its capabilities", h.who(), e);
    }
}
