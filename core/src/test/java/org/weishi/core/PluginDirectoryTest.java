package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.weishi.core.Fixture.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.plugins.storage.memory.MemoryStoragePlugin;
import org.weishi.spi.Capability;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.WeishiException;

/**
 * Issue #7: plug-ins deployed as real jars in a directory, each in its own module layer. The jars
 * are compiled and packed during the test; broken ones sit beside good ones, and the report must
 * name every broken file with its cause while the good plug-ins start and their rules are used.
 */
class PluginDirectoryTest {
    @TempDir
    static Path jars;
    /** The directory a district would deploy: good jars next to every kind of broken one. */
    static Path mixed;

    private static final String IMPORTS = """
            import java.util.*;
            import org.weishi.spi.*;
            import org.weishi.spi.approval.*;
            """;

    static String plugin(String pkg, String cls, String manifest, String body) {
        return "package " + pkg + ";\n" + IMPORTS + "@PluginManifest(" + manifest + ")\npublic final class " + cls
                + " implements DistrictPlugin {\n" + body + "\n}\n";
    }

    static String moduleInfo(String name, String pkg, String cls, String extra) {
        return "module " + name + " {\n requires org.weishi.spi;\n" + extra + " provides org.weishi.spi.DistrictPlugin with "
                + pkg + "." + cls + ";\n}\n";
    }

    /** A plug-in whose rule rejects projects above a cap taken from its validated configuration. */
    static Path costCap(String version, Path jar) {
        String pkg = "org.example.costcap";
        return TestPluginJar.module(pkg).version(version)
                .compileAgainst(TestPluginJar.locationOf(jakarta.validation.constraints.Positive.class))
                .moduleInfo(moduleInfo(pkg, pkg, "CostCapPlugin", """
                         requires jakarta.validation;
                         opens org.example.costcap.config to org.hibernate.validator, com.fasterxml.jackson.databind;
                        """))
                .source("org/example/costcap/config/CapConfig.java", """
                        package org.example.costcap.config;
                        import jakarta.validation.constraints.*;
                        public record CapConfig(@Positive Long capYuan, @Size(max = 20) String note) {
                        }
                        """)
                .source("org/example/costcap/CostCapPlugin.java", plugin(pkg, "CostCapPlugin",
                        "id = \"cost-cap\", version = \"" + version + "\", requires = \"[0.1,1)\", provides = Capability.APPROVAL_RULE",
                        """
                            private long cap = 200_000;
                            @Override public void start(PluginContext context) {
                                var c = context.config(org.example.costcap.config.CapConfig.class);
                                if (c.capYuan() != null) cap = c.capYuan();
                            }
                            @Override public List<ApprovalRule> approvalRules() {
                                return List.of(new ApprovalRule() {
                                    public String id() { return "cost-cap"; }
                                    public Set<Gate> gates() { return Set.of(Gate.APPROVAL); }
                                    public Verdict evaluate(Gate g, ProjectFacts f) {
                                        return f.estimatedCost().isGreaterThan(Money.ofYuan(cap))
                                                ? Verdict.reject("cost-cap", "预算超过上限 " + cap + " 元", "budget exceeds the cap of CNY " + cap)
                                                : Verdict.pass("cost-cap");
                                    }
                                });
                            }
                        """))
                .writeTo(jar);
    }

    static Path simple(String module, String id, String manifestExtra, String body, Path jar) {
        String cls = "Plugin";
        return TestPluginJar.module(module).version("1.0.0")
                .moduleInfo(moduleInfo(module, module, cls, ""))
                .source(module.replace('.', '/') + "/" + cls + ".java",
                        plugin(module, cls, "id = \"" + id + "\", version = \"1.0.0\"" + manifestExtra, body))
                .writeTo(jar);
    }

    @BeforeAll
    static void buildJars() throws IOException {
        mixed = Files.createDirectories(jars.resolve("mixed"));
        Path lib = TestPluginJar.module("org.example.helper").version("1.0.0")
                .moduleInfo("module org.example.helper { exports org.example.helper; }")
                .source("org/example/helper/Helper.java", "package org.example.helper; public final class Helper {"
                        + " public static String greet() { return \"你好\"; } }")
                .writeTo(jars.resolve("helper-1.0.0.jar"));

        costCap("1.0.0", mixed.resolve("cost-cap-1.0.0.jar"));
        costCap("1.1.0", mixed.resolve("cost-cap-1.1.0.jar"));
        simple("org.example.dependent", "depends-on-broken", ", requires = \"[0.1,1)\", dependencies = \"throws-on-start\"", "",
                mixed.resolve("depends-on-broken.jar"));
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(mixed.resolve("garbage.jar"), noise);
        simple("org.example.slow", "slow-rule", ", requires = \"[0.1,1)\", provides = Capability.APPROVAL_RULE", """
                    @Override public List<ApprovalRule> approvalRules() {
                        return List.of(new ApprovalRule() {
                            public String id() { return "slow-rule"; }
                            public Set<Gate> gates() { return Set.of(Gate.APPROVAL); }
                            public Verdict evaluate(Gate g, ProjectFacts f) {
                                try { Thread.sleep(60_000); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                                return Verdict.pass("slow-rule");
                            }
                        });
                    }
                """, mixed.resolve("hanging-rule.jar"));
        Files.copy(lib, mixed.resolve("library-only.jar"));
        Path needsHelper = TestPluginJar.module("org.example.needshelper").version("1.0.0").compileAgainst(lib)
                .moduleInfo(moduleInfo("org.example.needshelper", "org.example.needshelper", "Plugin", " requires org.example.helper;\n"))
                .source("org/example/needshelper/Plugin.java", plugin("org.example.needshelper", "Plugin",
                        "id = \"needs-helper\", version = \"1.0.0\", requires = \"[0.1,1)\"",
                        "@Override public void start(PluginContext c) { c.logger().log(System.Logger.Level.INFO,"
                                + " org.example.helper.Helper.greet()); }"))
                .writeTo(mixed.resolve("needs-helper.jar"));
        Files.writeString(mixed.resolve("notes.txt"), "deployed 2021-03-15 by the district IT office\n");
        Files.writeString(mixed.resolve(".hidden"), "editors leave these; ignored\n");
        TestPluginJar.module("org.example.splitter").version("1.0.0")
                .moduleInfo(moduleInfo("org.example.splitter", "org.example.splitter", "Plugin", ""))
                .source("org/example/splitter/Plugin.java", plugin("org.example.splitter", "Plugin",
                        "id = \"splitter\", version = \"1.0.0\"", ""))
                .sourceOutsideModule("org/weishi/spi/Sneaky.java", "package org.weishi.spi; public final class Sneaky { }")
                .writeTo(mixed.resolve("splitter.jar"));
        simple("org.example.throwing", "throws-on-start", ", requires = \"[0.1,1)\"",
                "@Override public void start(PluginContext c) { throw new IllegalStateException(\"cannot reach the district database\"); }",
                mixed.resolve("throws-on-start.jar"));
        simple("org.example.toonew", "too-new", ", requires = \"[2.0,3)\"", "", mixed.resolve("too-new.jar"));
        simple("org.example.badctor", "bad-constructor", ", requires = \"[0.1,1)\"",
                "public Plugin() { throw new IllegalStateException(\"licence file missing\"); }", mixed.resolve("bad-constructor.jar"));
        simple("org.example.throwingrule", "throwing-rule", ", requires = \"[0.1,1)\", provides = Capability.APPROVAL_RULE", """
                    @Override public List<ApprovalRule> approvalRules() {
                        return List.of(new ApprovalRule() {
                            public String id() { return "throwing-rule"; }
                            public Set<Gate> gates() { return Set.of(Gate.APPROVAL); }
                            public Verdict evaluate(Gate g, ProjectFacts f) { throw new IllegalStateException("lookup table missing"); }
                        });
                    }
                """, mixed.resolve("throwing-rule.jar"));
        // a plain jar whose file name gives no valid automatic module name
        TestPluginJar.module("nine").source("nine/Lives.java", "package nine; public final class Lives { }")
                .writeTo(mixed.resolve("9lives.jar"));
        Files.createDirectories(mixed.resolve("empty-folder"));
        // a class the plug-in needs was left out of its jar
        TestPluginJar.module("org.example.incomplete").version("1.0.0")
                .moduleInfo(moduleInfo("org.example.incomplete", "org.example.incomplete", "Plugin", ""))
                .source("org/example/incomplete/Helper.java", "package org.example.incomplete; final class Helper {"
                        + " static void connect() { } }")
                .source("org/example/incomplete/Plugin.java", plugin("org.example.incomplete", "Plugin",
                        "id = \"incomplete\", version = \"1.0.0\", requires = \"[0.1,1)\"",
                        "@Override public void start(PluginContext c) { Helper.connect(); }"))
                .omit("org/example/incomplete/Helper.class")
                .writeTo(mixed.resolve("incomplete.jar"));
        // no module-info: an automatic module whose provider comes from META-INF/services
        TestPluginJar.module("legacy").source("org/example/legacy/LegacyPlugin.java", plugin("org.example.legacy", "LegacyPlugin",
                        "id = \"legacy-rule\", version = \"1.0.0\", requires = \"[0.1,1)\"", ""))
                .resource("META-INF/services/org.weishi.spi.DistrictPlugin", "org.example.legacy.LegacyPlugin\n")
                .writeTo(mixed.resolve("legacy-rule-1.0.0.jar"));
        // a folder whose two libraries both hold package org.example.shared: a split package inside one plug-in
        Path clash = Files.createDirectories(mixed.resolve("clashing-libs"));
        simple("org.example.clash", "clash", ", requires = \"[0.1,1)\"", "", clash.resolve("clash.jar"));
        for (String m : List.of("liba", "libb")) {
            TestPluginJar.module("org.example." + m).version("1.0.0").moduleInfo("module org.example." + m + " { }")
                    .source("org/example/shared/Util.java", "package org.example.shared; public final class Util { }")
                    .writeTo(clash.resolve(m + ".jar"));
        }
        Path folder = Files.createDirectories(mixed.resolve("with-libs"));
        Files.copy(needsHelper, folder.resolve("needs-helper.jar"));
        Files.createDirectories(folder.resolve("lib"));
        Files.copy(lib, folder.resolve("lib").resolve("helper-1.0.0.jar"));
    }

    private static String row(PluginInfo p) {
        return p.source() + " | " + p.id() + " | " + p.version() + " | " + p.state() + " | " + p.code();
    }

    private static PluginInfo bySource(PluginReport r, String source) {
        return r.plugins().stream().filter(p -> p.source().equals(source)).findFirst().orElseThrow();
    }

    @Test
    void every_broken_jar_is_named_with_its_cause_and_the_good_plugins_start() {
        PluginReport report = Weishi.builder().pluginDirectory(mixed).pluginPolicy(PluginPolicy.SKIP_BROKEN).inspectPlugins();

        assertThat(report.plugins()).extracting(PluginDirectoryTest::row).containsExactly(
                "9lives.jar | ? | ? | FAILED | WS-PLUGIN-014",
                "bad-constructor.jar | bad-constructor | 1.0.0 | FAILED | WS-PLUGIN-007",
                "clashing-libs/ | ? | ? | FAILED | WS-PLUGIN-013",
                "cost-cap-1.0.0.jar | cost-cap | 1.0.0 | STARTED | ",
                "cost-cap-1.1.0.jar | cost-cap | 1.1.0 | FAILED | WS-PLUGIN-001",
                "depends-on-broken.jar | depends-on-broken | 1.0.0 | FAILED | WS-PLUGIN-006",
                "empty-folder/ | ? | ? | FAILED | WS-PLUGIN-011",
                "garbage.jar | ? | ? | FAILED | WS-PLUGIN-011",
                "hanging-rule.jar | slow-rule | 1.0.0 | STARTED | ",
                "incomplete.jar | incomplete | 1.0.0 | FAILED | WS-PLUGIN-008",
                "legacy-rule-1.0.0.jar | legacy-rule | 1.0.0 | STARTED | ",
                "library-only.jar | ? | 1.0.0 | FAILED | WS-PLUGIN-015",
                "needs-helper.jar | ? | 1.0.0 | FAILED | WS-PLUGIN-012",
                "notes.txt | ? | ? | FAILED | WS-PLUGIN-011",
                "splitter.jar | ? | 1.0.0 | FAILED | WS-PLUGIN-013",
                "throwing-rule.jar | throwing-rule | 1.0.0 | STARTED | ",
                "throws-on-start.jar | throws-on-start | 1.0.0 | FAILED | WS-PLUGIN-008",
                "too-new.jar | too-new | 1.0.0 | FAILED | WS-PLUGIN-002",
                "with-libs/ | needs-helper | 1.0.0 | STARTED | ");

        assertThat(bySource(report, "cost-cap-1.1.0.jar").problem()).isEqualTo("[WS-PLUGIN-001] plug-in 'cost-cap' 1.1.0"
                + " (cost-cap-1.1.0.jar) duplicates plug-in 'cost-cap' 1.0.0 (cost-cap-1.0.0.jar):"
                + " plug-in id 'cost-cap' must be unique. Remove one of the two jars.");
        assertThat(bySource(report, "depends-on-broken.jar").problem()).isEqualTo("[WS-PLUGIN-006] plug-in"
                + " 'depends-on-broken' 1.0.0 (depends-on-broken.jar) is skipped: it depends on plug-in 'throws-on-start'"
                + " 1.0.0 (throws-on-start.jar), which is FAILED (WS-PLUGIN-008). Fix that plug-in first.");
        assertThat(bySource(report, "garbage.jar").problem()).startsWith("[WS-PLUGIN-011] plug-in file garbage.jar is not a jar:"
                + " it cannot be read as a zip file (").endsWith("). Replace it with the plug-in's real jar, or remove it from"
                + " the plug-in directory.");
        assertThat(bySource(report, "library-only.jar").problem()).startsWith("[WS-PLUGIN-015] plug-in file library-only.jar"
                + " (module org.example.helper) holds no plug-in: no module in it declares 'provides org.weishi.spi.DistrictPlugin");
        assertThat(bySource(report, "needs-helper.jar").problem()).isEqualTo("[WS-PLUGIN-012] plug-in file needs-helper.jar"
                + " (module org.example.needshelper) cannot be loaded: module 'org.example.helper' not found, required by"
                + " 'org.example.needshelper'. Put the jar of module 'org.example.helper' in a folder together with the plug-in"
                + " jar (plug-in directory/<folder>/), or install a build of the plug-in that does not need it.");
        assertThat(bySource(report, "notes.txt").problem()).isEqualTo("[WS-PLUGIN-011] plug-in file notes.txt is not a jar"
                + " (its name does not end in .jar). Only plug-in jars, and folders holding a plug-in jar with its libraries,"
                + " belong in the plug-in directory: remove it.");
        assertThat(bySource(report, "splitter.jar").problem()).startsWith("[WS-PLUGIN-013] plug-in file splitter.jar"
                + " (module org.example.splitter) cannot be loaded: split package 'org.weishi.spi' (")
                .contains("A plug-in must not contain classes in a package that spi, the core, or another module");
        assertThat(bySource(report, "throws-on-start.jar").problem()).startsWith("[WS-PLUGIN-008] plug-in 'throws-on-start'"
                + " 1.0.0 (throws-on-start.jar) failed to start: cannot reach the district database.");
        assertThat(bySource(report, "throws-on-start.jar").failureCause()).get()
                .satisfies(t -> assertThat(t).isInstanceOf(IllegalStateException.class));
        assertThat(bySource(report, "too-new.jar").problem()).isEqualTo("[WS-PLUGIN-002] plug-in 'too-new' 1.0.0 (too-new.jar)"
                + " requires core [2.0.0,3.0.0) but this is core 0.1.0. Install a version of the plug-in built for core 0.1,"
                + " or run a core inside its range.");
        assertThat(bySource(report, "cost-cap-1.0.0.jar").capabilities()).containsExactly(Capability.APPROVAL_RULE);

        assertThat(report.policyFailed()).isFalse();
        assertThat(report.anyFailed()).isTrue();
        assertThat(report.summary()).isEqualTo("19 plug-ins: 5 started, 14 failed (policy SKIP_BROKEN)");
        String table = report.table();
        assertThat(table.lines().findFirst().orElseThrow()).startsWith("ID").contains("VERSION", "SOURCE", "CAPABILITIES", "STATE", "PROBLEM");
        assertThat(bySource(report, "9lives.jar").problem()).startsWith("[WS-PLUGIN-014] plug-in file 9lives.jar is not a"
                + " usable module: ").contains("9lives");
        assertThat(bySource(report, "bad-constructor.jar").problem()).startsWith("[WS-PLUGIN-007] plug-in 'bad-constructor'"
                + " 1.0.0 (bad-constructor.jar) could not be constructed: java.lang.IllegalStateException: licence file missing.");
        assertThat(bySource(report, "empty-folder/").problem()).isEqualTo("[WS-PLUGIN-011] plug-in folder empty-folder/"
                + " holds no jar. Put the plug-in jar (and its libraries) in it, or remove it.");
        assertThat(bySource(report, "clashing-libs/").problem()).startsWith("[WS-PLUGIN-013] plug-in folder clashing-libs/"
                + " (modules org.example.clash, org.example.liba, org.example.libb) cannot be loaded: split package"
                + " 'org.example.shared' (");
        assertThat(bySource(report, "incomplete.jar").problem()).startsWith("[WS-PLUGIN-008] plug-in 'incomplete' 1.0.0"
                + " (incomplete.jar) failed to start: java.lang.NoClassDefFoundError: org/example/incomplete/Helper. A class is"
                + " missing or does not match");
        assertThat(table.lines()).hasSize(20).anySatisfy(l -> assertThat(l).startsWith("cost-cap ").contains("approval-rule", "STARTED"));
        // stopped after inspection: nothing keeps running
        assertThat(report.plugins()).noneMatch(p -> p.state() == PluginState.RESOLVED);
    }

    @Test
    void resolving_only_runs_no_plugin_code() {
        PluginReport report = Weishi.builder().pluginDirectory(mixed).pluginPolicy(PluginPolicy.SKIP_BROKEN).resolvePlugins();
        // the throwing constructor and start are never called, so those plug-ins look fine at this stage
        assertThat(bySource(report, "bad-constructor.jar").state()).isEqualTo(PluginState.RESOLVED);
        assertThat(bySource(report, "throws-on-start.jar").state()).isEqualTo(PluginState.RESOLVED);
        assertThat(bySource(report, "splitter.jar").code()).isEqualTo("WS-PLUGIN-013");
        assertThat(report.plugins()).noneMatch(p -> p.state() == PluginState.STARTED);
        assertThat(report.policyFailed()).isFalse();
    }

    @Test
    void fail_fast_refuses_to_start_and_lists_every_broken_jar_at_once() {
        PluginReport report = Weishi.builder().pluginDirectory(mixed).inspectPlugins();
        assertThat(report.policyFailed()).isTrue();
        // resolution found problems, so nothing started
        assertThat(bySource(report, "cost-cap-1.0.0.jar").state()).isEqualTo(PluginState.RESOLVED);
        assertThat(report.plugins()).noneMatch(p -> p.state() == PluginState.STARTED);

        PluginException ex = catchThrowableOfType(PluginException.class, () -> Weishi.builder().district(CONFIG)
                .install(new MemoryStoragePlugin()).pluginDirectory(mixed).build());
        assertThat(ex.failed()).extracting(PluginInfo::source).containsExactly("9lives.jar", "clashing-libs/", "cost-cap-1.1.0.jar",
                "empty-folder/", "garbage.jar",
                "library-only.jar", "needs-helper.jar", "notes.txt", "splitter.jar", "too-new.jar");
        assertThat(ex.getMessage()).contains("5) [WS-PLUGIN-011] plug-in file garbage.jar is not a jar")
                .contains("module 'org.example.helper' not found").contains("split package 'org.weishi.spi'")
                .contains("10 plug-in errors");
    }

    @Test
    void the_good_plugins_rule_decides_and_a_hanging_rule_from_a_jar_fails_closed(@TempDir Path tmp) throws IOException {
        Path yaml = Files.writeString(tmp.resolve("district.yaml"), """
                district: doumen          # other sections belong to other parts of the host
                plugins:
                  cost-cap:
                    config:
                      capYuan: 150000
                """);
        CLOCK.reset();
        Weishi w = Weishi.builder().district(CONFIG).clock(CLOCK).install(new MemoryStoragePlugin()).pluginDirectory(mixed)
                .pluginPolicy(PluginPolicy.SKIP_BROKEN).configurationFile(yaml).ruleTimeout(Duration.ofMillis(1000)).build();
        try {
            String p = toNotice(w, "160000");
            CommandRejectedException ex = catchThrowableOfType(CommandRejectedException.class,
                    () -> w.execute(TOWN, act(p, ProjectAction.APPROVE)));
            assertThat(ex.problems()).extracting(Problem::field).containsExactly("rule:cost-cap", "rule:slow-rule", "rule:throwing-rule");
            assertThat(ex.problems().get(0).message().en()).endsWith("budget exceeds the cap of CNY 150000");
            assertThat(ex.problems().get(1).message().en()).contains("rule slow-rule unavailable (exceeded the time limit of 1000 ms)");
            assertThat(ex.problems().get(2).message().en()).contains("rule throwing-rule unavailable (threw java.lang.IllegalStateException:"
                    + " lookup table missing)");
            // a cheap project is still refused while the hanging rule is unavailable: fail closed
            String cheap = toNotice(w, "100");
            assertThat(catchThrowableOfType(CommandRejectedException.class, () -> w.execute(TOWN, act(cheap, ProjectAction.APPROVE)))
                    .code()).isEqualTo("WS-RULE-002");
            assertThat(w.project(cheap).orElseThrow().state()).isEqualTo(ProjectState.NOTICE);
        } finally {
            w.close();
        }
    }

    @Test
    void a_plugin_disabled_in_the_configuration_file_stays_off_and_the_rest_decides(@TempDir Path tmp) throws IOException {
        Path json = Files.writeString(tmp.resolve("district.json"), """
                {"plugins": {"slow-rule": {"enabled": false}, "throwing-rule": {"enabled": false}, "cost-cap": {"enabled": true, "config": {"capYuan": 150000}}}}
                """);
        CLOCK.reset();
        Weishi w = Weishi.builder().district(CONFIG).clock(CLOCK).install(new MemoryStoragePlugin()).pluginDirectory(mixed)
                .pluginPolicy(PluginPolicy.SKIP_BROKEN).configurationFile(json).build();
        try {
            assertThat(w.plugins()).filteredOn(p -> p.id().equals("slow-rule")).extracting(PluginInfo::state, PluginInfo::problem)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(PluginState.DISABLED, "disabled by configuration"));
            String cheap = toNotice(w, "100");
            w.execute(TOWN, act(cheap, ProjectAction.APPROVE));
            assertThat(w.project(cheap).orElseThrow().state()).isEqualTo(ProjectState.APPROVED);
        } finally {
            w.close();
        }
    }

    @Test
    void every_configuration_violation_is_reported_with_the_plugin_id_and_path(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("plugins"));
        Files.copy(mixed.resolve("cost-cap-1.0.0.jar"), dir.resolve("cost-cap-1.0.0.jar"));
        Path json = Files.writeString(tmp.resolve("district.json"), """
                {"plugins": {"cost-cap": {"config": {"capYuan": -5, "note": "a note far longer than twenty characters"}}}}
                """);
        PluginReport report = Weishi.builder().pluginDirectory(dir).configurationFile(json).inspectPlugins();
        PluginInfo info = report.plugins().get(0);
        assertThat(info.state()).isEqualTo(PluginState.FAILED);
        assertThat(info.problem()).startsWith("[WS-PLUGIN-009] plug-in 'cost-cap' 1.0.0 (cost-cap-1.0.0.jar) refused its"
                        + " configuration: configuration of plug-in 'cost-cap' has 2 problem(s):")
                .contains("1) plugins.cost-cap.config.capYuan: must be greater than 0")
                .contains("2) plugins.cost-cap.config.note: size must be between 0 and 20")
                .endsWith("Correct the 'plugins.cost-cap.config' block of the configuration file.");
        assertThat(report.policyFailed()).isTrue();

        Path typo = Files.writeString(tmp.resolve("typo.yaml"), """
                plugins:
                  cost-cap:
                    config:
                      capYaun: 100
                """);
        PluginInfo typoInfo = Weishi.builder().pluginDirectory(dir).configurationFile(typo).inspectPlugins().plugins().get(0);
        assertThat(typoInfo.problem()).contains("[WS-PLUGIN-009]").contains("plugins.cost-cap.config.capYaun")
                .contains("Unrecognized field \"capYaun\"");
    }

    @Test
    void a_malformed_plugins_block_is_reported_entry_by_entry(@TempDir Path tmp) throws IOException {
        Path yaml = Files.writeString(tmp.resolve("district.yml"), """
                plugins:
                  cost-cap:
                    enable: true
                    config: 3
                  Bad_Id: {}
                  slow-rule:
                    enabled: "no"
                """);
        WeishiException ex = catchThrowableOfType(WeishiException.class, () -> Weishi.builder().configurationFile(yaml));
        assertThat(ex.code()).isEqualTo("WS-CONFIG-005");
        assertThat(ex.text().en()).isEqualTo("the plugins block of configuration file district.yml has 4 problem(s):"
                + " 1) plugins.cost-cap.enable: unknown key; a plug-in's block holds only 'enabled' and 'config' (its own"
                + " settings go under 'config')"
                + " 2) plugins.cost-cap.config: must be an object, found the number 3"
                + " 3) plugins.Bad_Id: plug-in id 'Bad_Id' must be lowercase letters and digits separated by single dashes,"
                + " e.g. 'doumen-rules'"
                + " 4) plugins.slow-rule.enabled: must be true or false, found the text \"no\"");

        Path broken = Files.writeString(tmp.resolve("broken.json"), "{\"plugins\": {\"cost-cap\": }");
        WeishiException parse = catchThrowableOfType(WeishiException.class, () -> Weishi.builder().configurationFile(broken));
        assertThat(parse.code()).isEqualTo("WS-CONFIG-004");
        assertThat(parse.text().en()).startsWith("configuration file broken.json cannot be parsed at line 1, column ");
    }

    @Test
    void a_missing_plugin_directory_is_one_clear_error(@TempDir Path tmp) {
        WeishiException ex = catchThrowableOfType(WeishiException.class,
                () -> Weishi.builder().pluginDirectory(tmp.resolve("nope")).inspectPlugins());
        assertThat(ex.code()).isEqualTo("WS-PLUGIN-016");
        assertThat(ex.text().en()).contains("nope does not exist or is not a directory");
    }

    private static String toNotice(Weishi w, String cost) {
        String p = w.execute(COMMITTEE, project(ProjectKind.MICRO, cost)).aggregateId();
        drive(w, p, ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW, ProjectAction.PASS_REVIEW, ProjectAction.PASS_VOTE);
        CLOCK.advance(java.time.Duration.ofDays(10)); // past the notice period: only the rules decide
        return p;
    }

    static List<String> sources(PluginReport r) {
        return r.plugins().stream().map(PluginInfo::source).toList();
    }
}
