package org.weishi.cli;

import java.util.concurrent.Callable;
import org.weishi.core.PluginInfo;
import org.weishi.core.PluginPolicy;
import org.weishi.core.Weishi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code weishi plugins}: which plug-ins were found, and in which state. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "Lists the plug-ins found on the module path: id, version, source, capabilities, state, problem.")
final class PluginsCommand implements Callable<Integer> {
    @Option(names = "--policy", description = "FAIL_FAST or SKIP_BROKEN (default ${DEFAULT-VALUE})", defaultValue = "SKIP_BROKEN")
    PluginPolicy policy;

    @Override
    public Integer call() {
        try (Weishi w = Weishi.builder().district(Doumen.config()).discoverPlugins().pluginPolicy(policy).build()) {
            System.out.printf("%-22s %-9s %-12s %-28s %-9s %s%n", "id", "version", "source", "capabilities", "state", "problem");
            for (PluginInfo p : w.plugins()) {
                System.out.printf("%-22s %-9s %-12s %-28s %-9s %s%n", p.id(), p.version(), p.source(),
                        p.capabilities().stream().map(Enum::name).sorted().toList(), p.state(), p.problem());
            }
        }
        return 0;
    }
}
