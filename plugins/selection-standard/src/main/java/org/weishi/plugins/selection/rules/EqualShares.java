package org.weishi.plugins.selection.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Method of Equal Shares on a {@link Prepared} election, in exact arithmetic, computing the
 * same outcome as pabutools' {@code method_of_equal_shares} (resolute, lexicographic or another
 * tie-breaking).
 *
 * <p>Why it is fast: voters whose remaining budgets are equal form a <em>budget class</em>. All
 * voters start in one class; funding a project splits each class it touches into the supporters
 * (who paid) and the rest. With approval ballots every supporter of a project has the same utility,
 * so a project's price is found by walking its supporters' classes (a few hundred) in budget order
 * instead of its voters (tens of thousands). Budgets are numerators over one common denominator
 * {@code D}, so comparing two budgets is one {@link BigInteger} comparison; {@code D} grows only by
 * the reduced denominator of each price. As in pabutools, a project's price from an earlier round
 * is a lower bound for its current price (budgets only fall), so only projects whose old price
 * could still beat the best current one are recomputed.
 */
final class EqualShares {
    private final Prepared e;
    private final boolean[] eligible;    // may be funded: enough support, utility > 0, cost > 0
    private final List<Integer> free;    // supported zero-cost projects, tie-breaking order

    // per-run state
    private BigInteger denom;
    private BigInteger[] classBudget;
    private int[] classMembers;
    private int classes;
    private int[] cls;
    private BigInteger[] staleN;
    private BigInteger[] staleD;
    private long[] acc;
    private int[] touched;
    private int[] remap;

    EqualShares(Prepared e, long minSupport) {
        this.e = e;
        eligible = new boolean[e.m];
        List<Integer> zero = new ArrayList<>();
        for (int p = 0; p < e.m; p++) {
            boolean supported = e.supGroup[p].length > 0 && e.listed[p] >= minSupport;
            if (supported && e.cost[p] > 0) {
                eligible[p] = true;
            } else if (supported) {
                zero.add(p);
            }
        }
        zero.sort((a, b) -> Integer.compare(e.tieRank[a], e.tieRank[b]));
        free = List.copyOf(zero);
        acc = new long[e.groups + 2];
        touched = new int[e.groups + 2];
    }

    /** @return true when the project may be funded by MES (supported, positive cost, enough support) */
    boolean eligible(int p) {
        return eligible[p];
    }

    /** @return the supported zero-cost projects, funded first */
    List<Integer> free() {
        return free;
    }

    /**
     * Runs MES with each voter's budget {@code budget / n + extraUnits} (scaled units).
     *
     * @param extraUnits added to every voter's starting budget, in scaled units
     * @return the funded projects in selection order, zero-cost ones first
     */
    List<Integer> run(long extraUnits) {
        List<Integer> selected = new ArrayList<>(free);
        long n = e.voters;
        if (n == 0) {
            return selected;
        }
        // class 0 holds every voter whose budget is exhausted; class 1 is the starting budget
        denom = BigInteger.valueOf(n);
        classBudget = new BigInteger[16];
        classMembers = new int[16];
        classBudget[0] = BigInteger.ZERO;
        classBudget[1] = BigInteger.valueOf(e.budget).add(BigInteger.valueOf(extraUnits).multiply(denom));
        classMembers[1] = e.groups;
        classes = 2;
        cls = new int[e.groups];
        Arrays.fill(cls, 1);
        remap = new int[16];
        staleN = new BigInteger[e.m];
        staleD = new BigInteger[e.m];
        // candidates sorted by their price lower bound; the first bound is cost / total utility
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < e.m; p++) {
            if (eligible[p]) {
                long total = 0;
                for (int i = 0; i < e.supGroup[p].length; i++) {
                    total = Math.addExact(total, Math.multiplyExact(e.supUtil[p][i], e.mult[e.supGroup[p][i]]));
                }
                staleN[p] = BigInteger.valueOf(e.cost[p]);
                staleD[p] = BigInteger.valueOf(total);
                insert(order, p);
            }
        }
        BigInteger[] price = new BigInteger[2];
        List<Integer> examined = new ArrayList<>();
        List<Integer> tied = new ArrayList<>();
        while (!order.isEmpty()) {
            BigInteger bestN = null;
            BigInteger bestD = null;
            tied.clear();
            examined.clear();
            int idx = 0;
            while (idx < order.size()) {
                int p = order.get(idx);
                if (bestN != null && compare(staleN[p], staleD[p], bestN, bestD) > 0) {
                    break;
                }
                if (!price(p, price)) {
                    order.remove(idx); // can never become affordable again: budgets only fall
                    continue;
                }
                staleN[p] = price[0];
                staleD[p] = price[1];
                examined.add(p);
                idx++;
                if (bestN == null) {
                    bestN = price[0];
                    bestD = price[1];
                    tied.add(p);
                } else {
                    int c = compare(price[0], price[1], bestN, bestD);
                    if (c < 0) {
                        bestN = price[0];
                        bestD = price[1];
                        tied.clear();
                        tied.add(p);
                    } else if (c == 0) {
                        tied.add(p);
                    }
                }
            }
            if (tied.isEmpty()) {
                break;
            }
            int pick = tied.get(0);
            for (int p : tied) {
                if (e.tieRank[p] < e.tieRank[pick]) {
                    pick = p;
                }
            }
            // re-sort: only the examined prefix changed (prices only rise)
            order.removeAll(examined);
            for (int p : examined) {
                if (p != pick) {
                    insert(order, p);
                }
            }
            selected.add(pick);
            pay(pick, bestN, bestD);
        }
        return selected;
    }

    private void insert(List<Integer> order, int p) {
        int lo = 0;
        int hi = order.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int q = order.get(mid);
            if (compare(staleN[q], staleD[q], staleN[p], staleD[p]) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        order.add(lo, p);
    }

    private static int compare(BigInteger an, BigInteger ad, BigInteger bn, BigInteger bd) {
        return an.multiply(bd).compareTo(bn.multiply(ad));
    }

    /**
     * Computes the price per unit of utility {@code rho} at which the project's supporters can pay
     * its cost, each paying {@code min(budget, rho * utility)}.
     *
     * @param out receives {@code rho} as numerator and denominator
     * @return false when the supporters together have less than the cost
     */
    private boolean price(int p, BigInteger[] out) {
        int[] sg = e.supGroup[p];
        long[] su = e.supUtil[p];
        int k;
        long[] entryUtil;
        long[] entryCount;
        int[] entryClass;
        if (e.binary[p]) {
            if (acc.length < classes) {
                acc = new long[classes * 2];
                touched = new int[classes * 2];
            }
            k = 0;
            for (int g : sg) {
                int c = cls[g];
                if (acc[c] == 0) {
                    touched[k++] = c;
                }
                acc[c] += e.mult[g];
            }
            entryClass = Arrays.copyOf(touched, k);
            entryCount = new long[k];
            entryUtil = new long[k];
            for (int j = 0; j < k; j++) {
                entryCount[j] = acc[entryClass[j]];
                entryUtil[j] = su[0];
                acc[entryClass[j]] = 0;
            }
        } else {
            k = sg.length;
            entryClass = new int[k];
            entryCount = new long[k];
            entryUtil = new long[k];
            for (int j = 0; j < k; j++) {
                entryClass[j] = cls[sg[j]];
                entryCount[j] = e.mult[sg[j]];
                entryUtil[j] = su[j];
            }
        }
        // sort entries by budget / utility, ascending
        Integer[] ord = new Integer[k];
        for (int j = 0; j < k; j++) {
            ord[j] = j;
        }
        final long[] eu = entryUtil;
        final int[] ec = entryClass;
        if (e.binary[p]) {
            Arrays.sort(ord, (a, b) -> classBudget[ec[a]].compareTo(classBudget[ec[b]]));
        } else {
            Arrays.sort(ord, (a, b) -> classBudget[ec[a]].multiply(BigInteger.valueOf(eu[b]))
                    .compareTo(classBudget[ec[b]].multiply(BigInteger.valueOf(eu[a]))));
        }
        long s = 0;
        for (int j = 0; j < k; j++) {
            s = Math.addExact(s, Math.multiplyExact(entryUtil[j], entryCount[j]));
        }
        BigInteger need = BigInteger.valueOf(e.cost[p]).multiply(denom); // cost * D - paid by the poor
        for (int jj = 0; jj < k; jj++) {
            int j = ord[jj];
            BigInteger b = classBudget[entryClass[j]];
            // rho = need / (s * D); the entry can pay rho * u in full iff need * u <= b * s
            if (need.multiply(BigInteger.valueOf(entryUtil[j])).compareTo(b.multiply(BigInteger.valueOf(s))) <= 0) {
                out[0] = need;
                out[1] = BigInteger.valueOf(s).multiply(denom);
                return true;
            }
            // this entry pays all it has; need stays positive (b * count < need * u * count / s <= need)
            need = need.subtract(b.multiply(BigInteger.valueOf(entryCount[j])));
            s -= entryUtil[j] * entryCount[j];
        }
        return false;
    }

    /** Every supporter of {@code p} pays {@code min(budget, rho * utility)} with rho = n / d. */
    private void pay(int p, BigInteger n, BigInteger d) {
        // d = s * D, so rho * u = n * u / (s * D); new denominator D * s / gcd(n, s)
        BigInteger s = d.divide(denom);
        BigInteger g = n.gcd(s);
        if (g.signum() == 0) {
            g = BigInteger.ONE;
        }
        BigInteger f = s.divide(g);
        BigInteger ng = n.divide(g);
        if (!f.equals(BigInteger.ONE)) {
            for (int c = 1; c < classes; c++) {
                if (classMembers[c] > 0) {
                    classBudget[c] = classBudget[c].multiply(f);
                }
            }
            denom = denom.multiply(f);
        }
        int[] sg = e.supGroup[p];
        long[] su = e.supUtil[p];
        if (remap.length < classes) {
            remap = Arrays.copyOf(remap, Math.max(classes * 2, 16));
        }
        // Each old class touched splits: its supporters of p move to a new class (or to class 0 when
        // they paid all they had); with unequal utilities the split is per (class, utility).
        Map<ClassUtil, Integer> byUtil = e.binary[p] ? null : new HashMap<>();
        int[] oldTouched = new int[sg.length];
        int nTouched = 0;
        for (int j = 0; j < sg.length; j++) {
            int g0 = sg[j];
            int c = cls[g0];
            if (c == 0) {
                continue;
            }
            int target;
            if (byUtil == null) {
                if (remap[c] == 0) {
                    target = newClass(classBudget[c].subtract(ng.multiply(BigInteger.valueOf(su[j]))));
                    remap[c] = target + 1;
                    oldTouched[nTouched++] = c;
                } else {
                    target = remap[c] - 1;
                }
            } else {
                ClassUtil key = new ClassUtil(c, su[j]);
                Integer t = byUtil.get(key);
                if (t == null) {
                    t = newClass(classBudget[c].subtract(ng.multiply(BigInteger.valueOf(su[j]))));
                    byUtil.put(key, t);
                }
                target = t;
            }
            classMembers[c]--;
            classMembers[target]++;
            cls[g0] = target;
        }
        for (int i = 0; i < nTouched; i++) {
            remap[oldTouched[i]] = 0;
        }
    }

    private record ClassUtil(int cls, long util) {
    }

    private int newClass(BigInteger budget) {
        if (budget.signum() <= 0) {
            return 0;
        }
        if (classes == classBudget.length) {
            classBudget = Arrays.copyOf(classBudget, classes * 2);
            classMembers = Arrays.copyOf(classMembers, classes * 2);
        }
        if (remap.length <= classes) {
            remap = Arrays.copyOf(remap, classes * 2);
        }
        classBudget[classes] = budget;
        classMembers[classes] = 0;
        return classes++;
    }
}
