package org.weishi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue #3 "done when": the demo with the district-rules jar dropped into a plug-in directory
 * (its own module layer) prints a different outcome, with the plug-in's reasons; broken files
 * beside it are named and skipped (issue #7).
 */
class DistrictRulesDemoTest {
    static Path districtRulesJar() throws Exception {
        Path target = Path.of(System.getProperty("weishi.repo", "../.."), "examples", "district-rules", "target");
        if (!Files.isDirectory(target)) return null;
        try (Stream<Path> s = Files.list(target)) {
            return s.filter(p -> p.getFileName().toString().matches("weishi-example-district-rules-.*\\.jar")
                    && !p.getFileName().toString().contains("sources")).findFirst().orElse(null);
        }
    }

    @Test
    void the_demo_with_the_district_rules_plugin_changes_and_says_why() throws Exception {
        Path jar = districtRulesJar();
        Assumptions.assumeTrue(jar != null, "examples/district-rules has not been packaged yet (run mvn verify from the root): skipped");
        Path dir = Files.createTempDirectory(Path.of("target"), "plugins-");
        Files.copy(jar, dir.resolve(jar.getFileName()));
        Files.writeString(dir.resolve("garbage.jar"), "this is not a jar");
        Path config = Path.of(System.getProperty("weishi.repo", "../.."), "examples", "district-rules", "doumen-demo.yaml");

        MainTest.Run plain = MainTest.run("demo", "--store", "memory");
        MainTest.Run ruled = MainTest.run("demo", "--store", "memory", "--plugins", dir.toString(), "--config", config.toString());
        assertThat(plain.status()).isZero();
        assertThat(ruled.status()).isZero();
        assertThat(ruled.out())
                .contains("doumen-rules").contains("STARTED")
                .contains("garbage.jar").contains("WS-PLUGIN-011")
                .contains("部门预审 Department reviews required by rules: {housing-construction=")
                .contains("规则拦截 Stopped by approval rules").contains("rule:doumen-village-share")
                .contains("above 3% of its town's envelope");
        assertThat(plain.out()).doesNotContain("规则拦截").contains("IMPLEMENTING        201");
        assertThat(ruled.out()).doesNotContain("IMPLEMENTING        201");
    }
}
