package org.weishi.plugins.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.weishi.plugins.selection.pabulib.PabulibFile;
import org.weishi.plugins.selection.rules.StandardRules;
import org.weishi.spi.selection.SelectionResult;

/** {@code recorded} reproduces the funded set each city published (the {@code selected} column). */
class RecordedRuleTest {

    static Stream<String> files() throws IOException {
        Path dir = PabulibData.dir();
        List<String> fixed = List.of("Netherlands_Assen_2024.pb", "Poland_Swiecie_2023.pb", "Poland_Lodz_2022.pb",
                "Poland_Lodz_2022_Teofilow-Wielkopolska.pb", "Poland_Lodz_2024_Gorniak.pb", "Poland_Gdynia_2020.pb",
                "Poland_Gdynia_2022_Kamienna_Gora__small.pb", "Poland_Wroclaw_2023.pb");
        Stream<String> warszawa = Stream.empty();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                warszawa = s.map(p -> p.getFileName().toString())
                        .filter(n -> n.startsWith("Poland_Warszawa_") && n.endsWith(".pb"))
                        .sorted().toList().stream();
            }
        }
        return Stream.concat(fixed.stream(), warszawa);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void reproducesTheCitysFundedSet(String name) {
        PabulibFile pb = PabulibData.load(name);
        SelectionResult r = StandardRules.recorded().select(pb.election());
        assertThat(new HashSet<>(r.selected()))
                .as("%s recounted with %s", name, r.note())
                .isEqualTo(new HashSet<>(pb.selectedProjects()));
        assertThat(r.withinBudget()).isTrue();
    }
}
