package org.weishi.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.weishi.core.PluginPolicy;
import org.weishi.core.PluginReport;
import org.weishi.core.Weishi;
import org.weishi.core.WeishiBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code weishi plugins}: which plug-ins were found, where, and in which state. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = {"Lists the plug-ins found on the module path and in plug-in directories (each jar or folder",
                "in its own module layer): id, version, source, capabilities, state, problem. Exits non-zero",
                "only when the policy is FAIL_FAST and something failed."})
final class PluginsCommand implements Callable<Integer> {
    @Option(names = "--plugins", paramLabel = "DIR", description = "a plug-in directory (repeatable)")
    List<Path> directories = List.of();

    @Option(names = "--config", paramLabel = "FILE", description = "district configuration (JSON or YAML) with a 'plugins' block")
    Path config;

    @Option(names = "--policy", description = "FAIL_FAST or SKIP_BROKEN (default ${DEFAULT-VALUE})", defaultValue = "SKIP_BROKEN")
    PluginPolicy policy;

    @Override
    public Integer call() {
        WeishiBuilder b = Weishi.builder().discoverPlugins().pluginPolicy(policy);
        for (Path d : directories) b.pluginDirectory(d);
        if (config != null) b.configurationFile(config);
        PluginReport r = b.inspectPlugins();
        System.out.print(r.table());
        System.out.println(r.summary());
        return r.policyFailed() ? 1 : 0;
    }
}
