package org.weishi.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.weishi.core.Weishi;
import org.weishi.core.lifecycle.DemandState;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.core.view.Dashboard;
import org.weishi.spi.ProjectKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code weishi stats}: counts of demands and projects by state, from a store. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts demands and projects by state (replaying the store's log into the views).")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--json", description = "one JSON object: {\"demands\":{\"total\":…,\"byState\":{…}},\"projects\":{…},\"events\":…}")
    boolean json;

    @Override
    public Integer call() {
        try (Stores stores = Stores.open(store.spec, java.time.Clock.systemUTC());
             Weishi w = Weishi.builder().district(Doumen.config()).storage(stores.store(), stores.vault()).build()) {
            Dashboard d = w.dashboard();
            Map<String, Integer> demands = new LinkedHashMap<>();
            for (DemandState s : DemandState.values()) demands.put(s.name(), d.demandCount(s));
            Map<String, Integer> projects = new LinkedHashMap<>();
            for (ProjectState s : ProjectState.values()) {
                int n = 0;
                for (ProjectKind k : ProjectKind.values()) n += d.projectCount(k, s);
                projects.put(s.name(), n);
            }
            if (json) {
                System.out.println("{\"demands\":{\"total\":" + d.demandCount() + ",\"byState\":" + obj(demands) + "},"
                        + "\"projects\":{\"total\":" + d.projectCount() + ",\"byState\":" + obj(projects) + "},"
                        + "\"events\":" + d.position() + "}");
            } else {
                System.out.println("store " + stores.description() + ": " + d.position() + " events");
                System.out.println("demands " + d.demandCount() + ": " + demands);
                System.out.println("projects " + d.projectCount() + ": " + projects);
            }
        }
        return 0;
    }

    private static String obj(Map<String, Integer> m) {
        StringBuilder sb = new StringBuilder("{");
        m.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return sb.append('}').toString();
    }
}
