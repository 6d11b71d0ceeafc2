package org.weishi.plugins.selection.rules;

import java.util.List;

/**
 * The add1 completion of MES: raise every voter's starting budget by one currency unit at a time
 * until the outcome is exhaustive or over budget (then the previous outcome), as pabutools'
 * {@code voter_budget_increment=1} does.
 */
final class Add1 {
    private Add1() {
    }

    static List<Integer> run(Prepared e, long minSupport) {
        EqualShares mes = new EqualShares(e, minSupport);
        List<Integer> previous = mes.free();
        long extra = 0;
        while (true) {
            List<Integer> outcome = mes.run(extra);
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
