package org.weishi.benchmarks.selection;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.weishi.plugins.selection.rules.StandardRules;
import org.weishi.spi.selection.Election;
import org.weishi.spi.selection.SelectionResult;
import org.weishi.spi.selection.SelectionRule;

/**
 * A companion to the JMH benchmarks for a shared, busy machine: runs a rule on an election a few
 * times and prints the best <em>CPU time of the calling thread</em> (which other processes on the
 * machine do not inflate the way they inflate wall-clock time), plus the outcome's size and cost.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.weishi.benchmarks.selection.SelectionCpuTime \
 *      RULE REPETITIONS FILE.pb [FILE.pb ...]
 * </pre>
 *
 * Files are read from {@code -Dweishi.pabulib.dir} (default {@code ../shared/data/pabulib}).
 */
public final class SelectionCpuTime {
    private SelectionCpuTime() {
    }

    /**
     * @param args rule id, repetitions, file names
     */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: SelectionCpuTime RULE REPETITIONS FILE.pb [FILE.pb ...]");
            System.exit(2);
        }
        SelectionRule rule = StandardRules.byId(args[0])
                .orElseThrow(() -> new IllegalArgumentException("unknown rule " + args[0]));
        int reps = Integer.parseInt(args[1]);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String file : List.of(args).subList(2, args.length)) {
            Election e = SelectionState.load("../shared/data/pabulib", file);
            long best = Long.MAX_VALUE;
            long bestWall = Long.MAX_VALUE;
            SelectionResult r = null;
            for (int i = 0; i < reps; i++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                r = rule.select(e);
                best = Math.min(best, mx.getCurrentThreadCpuTime() - c0);
                bestWall = Math.min(bestWall, System.nanoTime() - w0);
            }
            System.out.printf("%-45s %-16s best of %d: cpu %8.1f ms, wall %8.1f ms; %d selected, cost %s of %s%n",
                    file, rule.id(), reps, best / 1e6, bestWall / 1e6, r.selected().size(),
                    r.totalCost().toPlainString(), r.budget().toPlainString());
        }
    }
}
