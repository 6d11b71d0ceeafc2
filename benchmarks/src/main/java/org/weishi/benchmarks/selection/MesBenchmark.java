package org.weishi.benchmarks.selection;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.weishi.plugins.selection.rules.StandardRules;
import org.weishi.spi.selection.Election;
import org.weishi.spi.selection.SelectionResult;
import org.weishi.spi.selection.SelectionRule;

/**
 * The Method of Equal Shares (cost utility) on the largest Pabulib elections, file read once
 * outside the measurement. pabutools' times on this machine kind: Praga-Południe 2020 15.6 s,
 * Budapest 2024 26.8 s, Warszawa 2026 27.2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class MesBenchmark {
    /** The Pabulib directory, relative to where the JVM runs (the repository root). */
    @Param("../shared/data/pabulib")
    public String dir;

    /** The election. */
    @Param({"Poland_Lodz_2022.pb", "Poland_Warszawa_2026.pb", "Hungary_Budapest_2024.pb",
        "Poland_Warszawa_2020_Praga-Poludnie.pb"})
    public String file;

    private Election election;
    private final SelectionRule mes = StandardRules.mes();

    /** Reads the file. */
    @Setup
    public void read() {
        election = SelectionState.load(dir, file);
    }

    /** @return MES's outcome */
    @Benchmark
    public SelectionResult mes() {
        return mes.select(election);
    }
}
