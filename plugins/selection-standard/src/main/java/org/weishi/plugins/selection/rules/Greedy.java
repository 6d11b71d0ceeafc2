package org.weishi.plugins.selection.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Greedy selection by score on a {@link Prepared} election. */
final class Greedy {
    private Greedy() {
    }

    /**
     * @param e the election
     * @param initial projects already funded (kept first, their cost counted)
     * @param noSkip stop at the first project that does not fit instead of skipping it
     * @param minSupport projects listed on fewer ballots are never funded
     * @param minScore projects with a lower score are never funded (0 for none)
     * @return the funded projects in selection order
     */
    static List<Integer> run(Prepared e, List<Integer> initial, boolean noSkip, long minSupport, long minScore) {
        List<Integer> selected = new ArrayList<>(initial);
        boolean[] taken = new boolean[e.m];
        long spent = 0;
        for (int p : initial) {
            taken[p] = true;
            spent += e.cost[p];
        }
        Integer[] order = new Integer[e.m];
        for (int p = 0; p < e.m; p++) {
            order[p] = p;
        }
        Arrays.sort(order, (a, b) -> e.score[a] != e.score[b] ? Long.compare(e.score[b], e.score[a])
                : Integer.compare(e.tieRank[a], e.tieRank[b]));
        for (int p : order) {
            if (taken[p] || e.listed[p] < minSupport || e.score[p] < minScore) {
                continue;
            }
            if (spent + e.cost[p] <= e.budget) {
                selected.add(p);
                taken[p] = true;
                spent += e.cost[p];
            } else if (noSkip) {
                break;
            }
        }
        return selected;
    }
}
