package org.weishi.benchmarks.selection;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.weishi.plugins.selection.rules.StandardRules;
import org.weishi.spi.selection.Election;
import org.weishi.spi.selection.SelectionResult;
import org.weishi.spi.selection.SelectionRule;

/**
 * MES with the add1 completion (one MES run per unit added to every voter's budget) on the
 * largest Pabulib elections, file read once outside the measurement. Single-shot: one call can
 * take seconds (Budapest 2024: about a minute; leave it out with {@code -p file=…}). The runs for
 * successive budgets go to every available processor; ten warm-up shots let the JIT compile the
 * inner loops before the measured ones.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 10)
@Fork(1)
public class MesAdd1Benchmark {
    /** The Pabulib directory, relative to where the JVM runs (the repository root). */
    @Param("../shared/data/pabulib")
    public String dir;

    /** The election. */
    @Param({"Poland_Lodz_2022.pb", "Poland_Warszawa_2026.pb", "Hungary_Budapest_2024.pb",
        "Poland_Warszawa_2020_Praga-Poludnie.pb"})
    public String file;

    private Election election;
    private final SelectionRule add1 = StandardRules.mesAdd1();

    /** Reads the file. */
    @Setup
    public void read() {
        election = SelectionState.load(dir, file);
    }

    /** @return MES + add1's outcome */
    @Benchmark
    public SelectionResult mesAdd1() {
        return add1.select(election);
    }
}
