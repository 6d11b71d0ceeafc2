package org.weishi.plugins.selection.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Method of Equal Shares on a {@link Prepared} election, in exact arithmetic, computing the
 * same outcome as pabutools' {@code method_of_equal_shares} (resolute; lexicographic or another
 * tie-breaking).
 *
 * <p>Why it is fast:
 * <ul>
 *   <li>Voters whose remaining budgets are equal form a <em>budget class</em>. All voters start in
 *       one class; funding a project splits each class it touches into the supporters (who paid)
 *       and the rest. With approval ballots every supporter of a project has the same utility, so
 *       a project's price is found from its supporters' classes (quickselect-style splitting at
 *       pivot budgets, expected linear time, no sort) instead of its voters; the price is computed per supporter (utility 1) and divided by the project's
 *       utility only when prices of different projects are compared, which keeps numbers small.</li>
 *   <li>Budgets are numerators over one common denominator {@code D}, so comparing two budgets is
 *       one {@link BigInteger} comparison. Each payment multiplies {@code D} by the reduced
 *       denominator of the price; a class's numerator is brought up to date only when the class is
 *       next used (it remembers the round it was last scaled in), so a round costs what its price
 *       computations touch, not the number of classes.</li>
 *   <li>As in pabutools, a project's price from an earlier round is a lower bound for its current
 *       price (budgets only fall), so only projects whose old price could still beat the best
 *       current one are recomputed.</li>
 * </ul>
 *
 * <p>Not thread-safe: one instance per thread (the rules create one per call).
 */
final class EqualShares {
    private final Prepared e;
    private final boolean[] eligible;    // may be funded: enough support, utility > 0, cost > 0
    private final List<Integer> free;    // supported zero-cost projects, tie-breaking order
    private final long[] weight;         // binary projects: their utility; else 1

    // per-run state
    private BigInteger denom;
    private BigInteger[] cv;             // class budget numerators, over the denominator of round epoch[c]
    private int[] epoch;
    private int[] classMembers;
    private int classes;
    private int[] cls;
    private int round;
    private final List<BigInteger> factors = new ArrayList<>(); // factors.get(r): D(r + 1) / D(r)
    private BigInteger[] scaleFrom = new BigInteger[8];         // D(round) / D(r), for r <= round
    private BigInteger[] pN;             // price numerator
    private BigInteger[] pD;             // price denominator
    private long[] pS;                   // utility of the full payers when last priced
    private long[] acc = new long[64];
    private int[] touched = new int[64];
    private int[] remap = new int[64];

    EqualShares(Prepared e, long minSupport) {
        this.e = e;
        eligible = new boolean[e.m];
        weight = new long[e.m];
        List<Integer> zero = new ArrayList<>();
        for (int p = 0; p < e.m; p++) {
            boolean supported = e.supGroup[p].length > 0 && e.listed[p] >= minSupport;
            if (supported && e.cost[p] > 0) {
                eligible[p] = true;
            } else if (supported) {
                zero.add(p);
            }
            weight[p] = e.binary[p] && e.supUtil[p].length > 0 ? e.supUtil[p][0] : 1;
        }
        zero.sort((a, b) -> Integer.compare(e.tieRank[a], e.tieRank[b]));
        free = List.copyOf(zero);
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
        cv = new BigInteger[64];
        epoch = new int[64];
        classMembers = new int[64];
        cv[0] = BigInteger.ZERO;
        cv[1] = BigInteger.valueOf(e.budget).add(BigInteger.valueOf(extraUnits).multiply(denom));
        classMembers[1] = e.groups;
        classes = 2;
        round = 0;
        factors.clear();
        scaleFrom[0] = BigInteger.ONE;
        cls = new int[e.groups];
        Arrays.fill(cls, 1);
        pN = new BigInteger[e.m];
        pD = new BigInteger[e.m];
        pS = new long[e.m];
        // candidates sorted by their price lower bound; the first bound is cost / total utility
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < e.m; p++) {
            if (eligible[p]) {
                long total = 0;
                for (int i = 0; i < e.supGroup[p].length; i++) {
                    total = Math.addExact(total, Math.multiplyExact(e.supUtil[p][i], e.mult[e.supGroup[p][i]]));
                }
                pN[p] = BigInteger.valueOf(e.cost[p]);
                pD[p] = BigInteger.valueOf(total);
                insert(order, p);
            }
        }
        List<Integer> examined = new ArrayList<>();
        List<Integer> tied = new ArrayList<>();
        while (!order.isEmpty()) {
            int best = -1;
            tied.clear();
            examined.clear();
            int idx = 0;
            while (idx < order.size()) {
                int p = order.get(idx);
                if (best >= 0 && compare(pN[p], pD[p], pN[best], pD[best]) > 0) {
                    break;
                }
                if (!price(p)) {
                    order.remove(idx); // never affordable again in this run: budgets only fall
                    continue;
                }
                examined.add(p);
                idx++;
                int c = best < 0 ? -1 : compare(pN[p], pD[p], pN[best], pD[best]);
                if (c < 0) {
                    best = p;
                    tied.clear();
                    tied.add(p);
                } else if (c == 0) {
                    tied.add(p);
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
            pay(pick);
        }
        return selected;
    }

    private void insert(List<Integer> order, int p) {
        int lo = 0;
        int hi = order.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int q = order.get(mid);
            if (compare(pN[q], pD[q], pN[p], pD[p]) <= 0) {
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

    /** Brings class {@code c}'s numerator to the current denominator. */
    private BigInteger budget(int c) {
        int ep = epoch[c];
        if (ep != round) {
            cv[c] = cv[c].multiply(scaleFrom[ep]);
            epoch[c] = round;
        }
        return cv[c];
    }

    /**
     * Computes the price per unit of utility {@code rho} at which the project's supporters can pay
     * its cost, each paying {@code min(budget, rho * utility)}, into {@code pN/pD/pS}.
     *
     * @return false when the supporters together have less than the cost
     */
    private boolean price(int p) {
        int[] sg = e.supGroup[p];
        long[] su = e.supUtil[p];
        boolean bin = e.binary[p];
        int k;
        int[] entryClass;
        long[] entryCount;
        long[] entryUtil;
        if (bin) {
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
                entryUtil[j] = 1; // per supporter; divided by the project's utility in pD
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
        BigInteger[] b = new BigInteger[k];
        for (int j = 0; j < k; j++) {
            b[j] = budget(entryClass[j]);
        }
        if (bin) {
            return waterFill(p, b, entryCount, k);
        }
        // unequal utilities: walk the supporters in order of budget / utility
        int[] ord = new int[k];
        final long[] eu = entryUtil;
        {
            Integer[] boxed = new Integer[k];
            for (int j = 0; j < k; j++) {
                boxed[j] = j;
            }
            Arrays.sort(boxed, (x, y) -> b[x].multiply(BigInteger.valueOf(eu[y]))
                    .compareTo(b[y].multiply(BigInteger.valueOf(eu[x]))));
            for (int j = 0; j < k; j++) {
                ord[j] = boxed[j];
            }
        }
        long s = 0;
        for (int j = 0; j < k; j++) {
            s = Math.addExact(s, Math.multiplyExact(entryUtil[j], entryCount[j]));
        }
        BigInteger need = BigInteger.valueOf(e.cost[p]).multiply(denom); // cost * D minus what the poor pay
        for (int jj = 0; jj < k; jj++) {
            int j = ord[jj];
            // rho = need / (s * D); this entry can pay rho * u in full iff need * u <= b * s
            BigInteger lhs = entryUtil[j] == 1 ? need : need.multiply(BigInteger.valueOf(entryUtil[j]));
            if (lhs.compareTo(b[j].multiply(BigInteger.valueOf(s))) <= 0) {
                pN[p] = need;
                pD[p] = BigInteger.valueOf(s).multiply(denom).multiply(BigInteger.valueOf(weight[p]));
                pS[p] = s;
                return true;
            }
            // this entry pays all it has; need stays positive (b * count < need * u * count / s <= need)
            need = need.subtract(b[j].multiply(BigInteger.valueOf(entryCount[j])));
            s -= entryUtil[j] * entryCount[j];
        }
        return false;
    }

    /**
     * The price of a project whose supporters all have the same utility, without sorting: the
     * per-supporter payment {@code a} is the unique value with {@code sum(min(b_i, a) * c_i) =
     * cost}; it is found by repeatedly splitting the classes at a pivot budget {@code x}, as in
     * quickselect. If the classes could pay the cost with everyone paying {@code min(b, x)}, then
     * {@code a <= x} and every class with {@code b >= x} pays in full; otherwise {@code a > x} and
     * every class with {@code b <= x} pays all it has. The result (who pays in full, hence the
     * exact price) is the same as walking the classes in budget order; this is expected linear
     * time instead of a sort.
     */
    private boolean waterFill(int p, BigInteger[] b, long[] cnt, int k) {
        BigInteger need = BigInteger.valueOf(e.cost[p]).multiply(denom);
        BigInteger[] bc = new BigInteger[k];
        BigInteger total = BigInteger.ZERO;
        for (int j = 0; j < k; j++) {
            bc[j] = cnt[j] == 1 ? b[j] : b[j].multiply(BigInteger.valueOf(cnt[j]));
            total = total.add(bc[j]);
        }
        if (total.compareTo(need) < 0) {
            return false;
        }
        int[] idx = new int[k];
        for (int j = 0; j < k; j++) {
            idx[j] = j;
        }
        int lo = 0;
        int hi = k;
        BigInteger poor = BigInteger.ZERO; // what the classes paying all they have pay
        long rich = 0;                     // supporters paying the full price
        while (lo < hi) {
            BigInteger x = b[idx[(lo + hi) >>> 1]];
            // [lo, m): budget < x; [m, hi): budget >= x (holds the pivot, so not empty)
            int m = lo;
            BigInteger leftSum = BigInteger.ZERO;
            long rightCount = 0;
            for (int i = lo; i < hi; i++) {
                int j = idx[i];
                if (b[j].compareTo(x) < 0) {
                    leftSum = leftSum.add(bc[j]);
                    idx[i] = idx[m];
                    idx[m++] = j;
                } else {
                    rightCount += cnt[j];
                }
            }
            BigInteger paid = poor.add(leftSum).add(x.multiply(BigInteger.valueOf(rich + rightCount)));
            if (paid.compareTo(need) >= 0) {
                rich += rightCount;
                hi = m;
            } else {
                poor = poor.add(leftSum);
                // the classes with budget exactly x pay all they have too
                int q = m;
                for (int i = m; i < hi; i++) {
                    int j = idx[i];
                    if (b[j].compareTo(x) == 0) {
                        poor = poor.add(bc[j]);
                        idx[i] = idx[q];
                        idx[q++] = j;
                    }
                }
                lo = q;
            }
        }
        pN[p] = need.subtract(poor);
        pD[p] = BigInteger.valueOf(rich).multiply(denom).multiply(BigInteger.valueOf(weight[p]));
        pS[p] = rich;
        return true;
    }

    /** Every supporter of {@code p} pays {@code min(budget, rho * utility)} at the price just computed. */
    private void pay(int p) {
        // a full payer pays need * u / (s * D); new denominator D * s / gcd(need, s)
        BigInteger s = BigInteger.valueOf(pS[p]);
        BigInteger g = pN[p].gcd(s);
        BigInteger f = s.divide(g);
        BigInteger ng = pN[p].divide(g);
        int[] sg = e.supGroup[p];
        long[] su = e.supUtil[p];
        boolean bin = e.binary[p];
        advance(f);
        // Each class touched splits: its payers move to a new class (or to class 0 when they paid
        // all they had); with unequal utilities the split is per (class, utility).
        Map<ClassUtil, Integer> byUtil = bin ? null : new HashMap<>();
        if (bin && remap.length < classes) {
            remap = new int[classes * 2];
        }
        int[] oldTouched = new int[bin ? sg.length : 0];
        int nTouched = 0;
        for (int j = 0; j < sg.length; j++) {
            int g0 = sg[j];
            int c = cls[g0];
            if (c == 0) {
                continue;
            }
            int target;
            if (bin) {
                if (remap[c] == 0) {
                    target = newClass(budget(c).subtract(ng));
                    remap[c] = target + 1;
                    oldTouched[nTouched++] = c;
                } else {
                    target = remap[c] - 1;
                }
            } else {
                ClassUtil key = new ClassUtil(c, su[j]);
                Integer t = byUtil.get(key);
                if (t == null) {
                    t = newClass(budget(c).subtract(ng.multiply(BigInteger.valueOf(su[j]))));
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

    /** Multiplies the common denominator by {@code f}: a new round for the lazy scaling. */
    private void advance(BigInteger f) {
        denom = denom.multiply(f);
        factors.add(f);
        round++;
        if (scaleFrom.length <= round) {
            scaleFrom = Arrays.copyOf(scaleFrom, round * 2);
        }
        // scaleFrom[r] = D(round) / D(r) = product of the factors of rounds r .. round - 1
        scaleFrom[round] = BigInteger.ONE;
        for (int r = round - 1; r >= 0; r--) {
            scaleFrom[r] = scaleFrom[r + 1].multiply(factors.get(r));
        }
    }

    private record ClassUtil(int cls, long util) {
    }

    private int newClass(BigInteger value) {
        if (value.signum() <= 0) {
            return 0;
        }
        if (classes == cv.length) {
            cv = Arrays.copyOf(cv, classes * 2);
            epoch = Arrays.copyOf(epoch, classes * 2);
            classMembers = Arrays.copyOf(classMembers, classes * 2);
        }
        cv[classes] = value;
        epoch[classes] = round;
        classMembers[classes] = 0;
        return classes++;
    }
}
