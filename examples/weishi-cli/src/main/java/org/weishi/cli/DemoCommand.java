package org.weishi.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.weishi.core.Weishi;
import org.weishi.core.view.Dashboard;
import org.weishi.plugins.notify.log.LogNotifierPlugin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code weishi demo}: the Doumen 2021 scenario through the real engine, then the dashboard. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the Doumen (斗门区) 2021 scenario through the real engine: 6 towns/streets, 129 villages,",
                "demands from every channel, 624 projects moved by commands through their lifecycles,",
                "then prints a dashboard computed from the projections. Deterministic for a given --seed."})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--seed", description = "random seed (default ${DEFAULT-VALUE})", defaultValue = "2021")
    long seed;

    @Option(names = "--store", description = {"where events go: memory, h2:PATH or jdbc:URL (default ${DEFAULT-VALUE};",
            "the default store is recreated on each run; any other store must be empty)"}, defaultValue = Stores.DEFAULT)
    String store;

    @Option(names = "--summary", description = "print only the one-line summary")
    boolean summary;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "a plug-in directory (repeatable); the demo runs with whatever starts (broken plug-ins are skipped)")
    java.util.List<java.nio.file.Path> pluginDirectories = java.util.List.of();

    @Option(names = "--config", paramLabel = "FILE", description = "district configuration (JSON or YAML) with a 'plugins' block")
    java.nio.file.Path config;

    @Option(names = "--out", description = "also write DIR/feed.json and DIR/ocds.json: the public disclosure of the district")
    java.nio.file.Path outDir;

    @Option(names = "--internal", description = "with --out: write the files unredacted, for officials only (the files say so)")
    boolean internal;

    @Override
    public Integer call() {
        if (internal && outDir == null) throw new CliException(Main.BAD_INPUT, "--internal needs --out DIR");
        PrintStream out = System.out;
        long t0 = System.nanoTime();
        SteppingClock clock = new SteppingClock(Instant.parse("2021-01-04T01:00:00Z"), Duration.ofMinutes(10));
        if (store.equals(Stores.DEFAULT)) Stores.deleteH2(store);
        org.weishi.core.WeishiBuilder builder = Weishi.builder()
                .district(Doumen.config())
                .clock(clock)
                .install(new LogNotifierPlugin())
                .pluginPolicy(org.weishi.core.PluginPolicy.SKIP_BROKEN);
        for (java.nio.file.Path d : pluginDirectories) builder.pluginDirectory(d);
        if (config != null) builder.configurationFile(config);
        try (Stores stores = Stores.open(store, java.time.Clock.systemUTC());
             Weishi w = builder
                .storage(stores.store(), stores.vault())
                .personKeys(new java.util.function.Supplier<>() {
                    private final java.util.Random r = new java.util.Random(seed ^ 0x5eed);

                    @Override
                    public String get() {
                        return "psn-" + Long.toHexString(r.nextLong() & Long.MAX_VALUE);
                    }
                })
                .build()) {
            if (stores.store().headPosition() > 0) {
                throw new CliException(Main.BAD_INPUT, "store " + stores.description() + " already holds "
                        + stores.store().headPosition() + " events; the demo needs an empty store");
            }
            if (!pluginDirectories.isEmpty() || config != null) {
                out.print(org.weishi.core.PluginReport.table(w.plugins()));
                out.println();
            }
            DoumenScenario.Outcome o = new DoumenScenario(w, seed, clock).run();
            Dashboard d = w.dashboard();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (!summary) {
                out.println("斗门区 民生微实事 2021 — weishi demo (seed " + seed + ", store " + stores.description() + ")");
                out.println("区域 Scope: " + w.district().scopes());
                out.println();
                DashboardPrinter.print(d, out);
                out.printf("议事会 Councils: %d; meetings held: %d; objections during notice: %d (all answered before approval)%n",
                        o.councils(), o.meetings(), o.objections());
                out.println();
                EnvelopesPrinter.print(w.envelopes(), out);
                if (!o.reviewsByDepartment().isEmpty()) {
                    out.println();
                    out.println("部门预审 Department reviews required by rules: " + o.reviewsByDepartment()
                            + "; returned for revision: " + o.reviewReturns());
                }
                if (!o.refusalsByRule().isEmpty()) {
                    out.println();
                    out.println("规则拦截 Stopped by approval rules (project stays where it is): " + o.refusalsByRule());
                    o.refusalExamples().forEach(x -> out.println("  " + x));
                }
                out.println();
            }
            out.printf("%d commands, %d events, %d demands, %d projects in %d ms%n", o.commands(), d.position(),
                    o.demands(), o.projects(), ms);
            if (outDir != null) {
                var audience = internal ? org.weishi.spi.disclosure.Audience.INTERNAL : org.weishi.spi.disclosure.Audience.PUBLIC;
                for (var f : DisclosureFiles.writeDemo(w, outDir, audience, clock)) out.println(audience + " disclosure written to " + f);
            }
        }
        return 0;
    }
}
