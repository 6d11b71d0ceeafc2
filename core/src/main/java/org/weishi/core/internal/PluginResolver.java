package org.weishi.core.internal;

import static org.weishi.core.internal.PluginCodes.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.weishi.core.PluginState;
import org.weishi.spi.PluginDependency;
import org.weishi.spi.Version;

/**
 * Resolves the whole set of plug-ins before any starts: disabled ids, duplicate ids, the core
 * range, missing and wrong-version dependencies (repeated until stable, since one failure breaks
 * its dependents), then a topological order in which whatever is left over is a cycle. Every
 * problem lands on its plug-in's handle; nothing is thrown (pf4j's {@code DependencyResolver.Result}
 * is the model).
 */
final class PluginResolver {
    private static final Logger LOG = LoggerFactory.getLogger(PluginResolver.class);
    private final List<PluginHandle> handles;
    private final Set<String> disabled;
    private final Set<String> configured;
    private final Version core;

    /**
     * @param handles every plug-in found, in the order found (the first of two duplicates wins)
     * @param disabled ids switched off by configuration
     * @param configured ids that have a configuration block
     * @param core the running core's version
     */
    PluginResolver(List<PluginHandle> handles, Set<String> disabled, Set<String> configured, Version core) {
        this.handles = handles;
        this.disabled = disabled;
        this.configured = configured;
        this.core = core;
    }

    /**
     * @param h a resolved plug-in about to start
     * @return a required (or present optional) dependency that did not start, if any
     */
    Optional<PluginHandle> unstartedDependency(PluginHandle h) {
        return requiredDeps(h).stream().filter(d -> d.state != PluginState.STARTED).findFirst();
    }

    private List<PluginHandle> requiredDeps(PluginHandle h) {
        List<PluginHandle> out = new ArrayList<>();
        for (PluginDependency d : h.descriptor.dependencies()) {
            PluginHandle dep = byId(d.pluginId());
            if (dep != null && (!d.optional() || dep.state != PluginState.DISABLED)) {
                if (!d.optional() || dep.state == PluginState.RESOLVED || dep.state == PluginState.STARTED) out.add(dep);
            }
        }
        return out;
    }

    private PluginHandle byId(String id) {
        for (PluginHandle h : handles) {
            if (h.descriptor != null && h.descriptor.id().equals(id) && h.state != PluginState.FAILED) return h;
        }
        for (PluginHandle h : handles) if (h.descriptor != null && h.descriptor.id().equals(id)) return h;
        return null;
    }

    /**
     * Marks disabled plug-ins DISABLED, every problem FAILED with its code, and the rest RESOLVED.
     *
     * @return the resolved plug-ins in dependency order (dependencies first, ties by id)
     */
    List<PluginHandle> resolve() {
        warnAboutUnknownIds();
        Map<String, PluginHandle> byId = new LinkedHashMap<>();
        for (PluginHandle h : handles) {
            if (h.state == PluginState.FAILED) continue;
            if (disabled.contains(h.id())) {
                h.state = PluginState.DISABLED;
                h.problem = "disabled by configuration";
                continue;
            }
            PluginHandle prior = byId.get(h.id());
            if (prior != null) {
                h.fail(DUPLICATE, h.who() + " duplicates " + prior.who() + (prior.fromDirectory() ? "" : " (" + prior.source + ")")
                        + ": plug-in id '" + h.id() + "' must be unique. Remove one of the two"
                        + (h.fromDirectory() || prior.fromDirectory() ? " jars." : " installations."));
                continue;
            }
            if (!h.descriptor.requires().contains(core)) {
                h.fail(CORE_RANGE, h.who() + " requires core " + h.descriptor.requires() + " but this is core "
                        + core + ". Install a version of the plug-in built for core " + core.major() + "."
                        + core.minor() + ", or run a core inside its range.");
                continue;
            }
            byId.put(h.id(), h);
        }
        // Dependencies: repeat until stable, since a failure can break its dependents.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (PluginHandle h : byId.values()) {
                if (h.state == PluginState.FAILED) continue;
                for (PluginDependency d : h.descriptor.dependencies()) {
                    PluginHandle dep = byId.get(d.pluginId());
                    PluginHandle anyDep = dep != null ? dep : handles.stream().filter(x -> x.id().equals(d.pluginId())).findFirst().orElse(null);
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
        List<PluginHandle> live = byId.values().stream().filter(h -> h.state != PluginState.FAILED).toList();
        Map<PluginHandle, Integer> indegree = new HashMap<>();
        for (PluginHandle h : live) indegree.put(h, 0);
        for (PluginHandle h : live) {
            for (PluginDependency d : h.descriptor.dependencies()) {
                PluginHandle dep = byId.get(d.pluginId());
                if (dep != null && indegree.containsKey(dep)) indegree.merge(h, 1, Integer::sum);
            }
        }
        List<PluginHandle> order = new ArrayList<>();
        List<PluginHandle> ready = new ArrayList<>(live.stream().filter(h -> indegree.get(h) == 0).toList());
        while (!ready.isEmpty()) {
            ready.sort(Comparator.comparing(PluginHandle::id));
            PluginHandle h = ready.remove(0);
            order.add(h);
            h.state = PluginState.RESOLVED;
            for (PluginHandle other : live) {
                if (other.descriptor.dependencies().stream().anyMatch(d -> d.pluginId().equals(h.id()))
                        && indegree.containsKey(other)) {
                    if (indegree.merge(other, -1, Integer::sum) == 0) ready.add(other);
                }
            }
        }
        for (PluginHandle h : live) {
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
        for (PluginHandle h : handles) if (h.descriptor != null) known.add(h.descriptor.id());
        for (String id : new java.util.TreeSet<>(configured)) {
            if (!known.contains(id)) LOG.warn("The configuration has a block for plug-in '{}', but no such plug-in is installed", id);
        }
        for (String id : new java.util.TreeSet<>(disabled)) {
            if (!known.contains(id)) LOG.warn("The configuration disables plug-in '{}', but no such plug-in is installed", id);
        }
    }
}
