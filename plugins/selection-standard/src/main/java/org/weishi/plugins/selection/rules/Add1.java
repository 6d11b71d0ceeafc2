package org.weishi.plugins.selection.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The add1 completion of MES: raise every voter's starting budget by one currency unit at a time
 * until the outcome is exhaustive or over budget (then the previous outcome), as pabutools'
 * {@code voter_budget_increment=1} does.
 *
 * <p>The MES runs for successive budgets do not depend on each other, so they are computed a
 * window at a time, one run per available processor, and the windows' outcomes are then examined
 * in budget order exactly as the sequential loop would; at most a window's worth of runs past the
 * answer is wasted. The outcome is the same whatever the number of processors.
 */
final class Add1 {
    private Add1() {
    }

    static List<Integer> run(Prepared e, long minSupport) {
        return run(e, minSupport, Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8)));
    }

    static List<Integer> run(Prepared e, long minSupport, int parallelism) {
        List<EqualShares> workers = new ArrayList<>(parallelism);
        for (int i = 0; i < parallelism; i++) {
            workers.add(new EqualShares(e, minSupport));
        }
        EqualShares mes = workers.get(0);
        List<Integer> previous = mes.free();
        long extra = 0;
        @SuppressWarnings("unchecked")
        List<Integer>[] window = new List[parallelism];
        while (true) {
            long base = extra;
            if (parallelism == 1) {
                window[0] = mes.run(base);
            } else {
                IntStream.range(0, parallelism).parallel()
                        .forEach(i -> window[i] = workers.get(i).run(Math.addExact(base, Math.multiplyExact(i, e.unit))));
            }
            for (List<Integer> outcome : window) {
                long total = 0;
                boolean[] in = new boolean[e.m];
                for (int p : outcome) {
                    total += e.cost[p];
                    in[p] = true;
                }
                if (total > e.budget) {
                    return previous;
                }
                boolean exhaustive = true;
                for (int p = 0; p < e.m && exhaustive; p++) {
                    if (mes.eligible(p) && !in[p] && total + e.cost[p] <= e.budget) {
                        exhaustive = false;
                    }
                }
                if (exhaustive) {
                    return outcome;
                }
                previous = outcome;
                extra = Math.addExact(extra, e.unit);
            }
        }
    }
}
