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
 *       a project's price is found from its supporters' classes, not its voters; the price is
 *       computed per supporter (utility 1) and divided by the project's utility only when prices
 *       of different projects are compared, which keeps numbers small.</li>
 *   <li>Budgets are numerators over one common denominator {@code D}, so comparing two budgets is
 *       one {@link BigInteger} comparison. Each payment multiplies {@code D} by the reduced
 *       denominator of the price; a class's numerator is brought up to date only when the class is
 *       next used (it remembers the round it was last scaled in), and a class created by a payment
 *       gets a numerator only when a later price needs it (most never do).</li>
 *   <li>Every class also carries an <em>order key</em>, a {@code long} within a known margin of
 *       {@code 2^41 * budget / starting budget}, kept up to date by subtracting the payment's key.
 *       A price splits the supporters' classes into those paying all they have and those paying
 *       the price: the split is found on the keys in {@code long} arithmetic, then the price is
 *       computed exactly from it and the split checked exactly (only classes whose keys lie within
 *       the margin of the price are compared with exact budgets); when the check fails, an exact
 *       walk in budget order decides. The outcome is therefore exact whatever the keys say; they
 *       only save work. Keys also tell, without numerators, which classes a payment empties and
 *       which projects their supporters can no longer afford.</li>
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
    private int classes;
    private int[] cls;
    private int round;
    private final List<BigInteger> factors = new ArrayList<>(); // factors.get(r): D(r + 1) / D(r)
    private BigInteger[] scaleFrom = new BigInteger[8];         // D(scaleRound[r]) / D(r), computed when asked
    private int[] scaleRound = new int[8];
    private BigInteger[] pN;             // price numerator
    private BigInteger[] pD;             // price denominator
    private long[] pS;                   // utility of the full payers when last priced
    private int[] acc = new int[64];        // per class: supporters of the project being priced
    private int[] touched = new int[64];
    private int[] remap = new int[64];
    private long[] packed = new long[64];
    private final BigInteger[] firstN;   // per project: cost, the numerator of the first price bound
    private final BigInteger[] firstD;   // per project: total utility of its supporters

    // Order keys: orderKey[c] is within [t, t + depth) of t = 2^KEY_BITS * budget(c) / starting budget,
    // where depth (< round + 1) counts the payments the class has made, so a difference of keys
    // of at least round + 1 decides the order of two budgets without touching their numerators.
    private static final int KEY_BITS = 41;
    private static final int UNAFFORDABLE = -2;
    private long[] orderKey;
    private int[] parentOf;              // lazily valued classes: the class they split from
    private int[] payRoundOf;            // ... and the round of the payment that split them
    private BigInteger[] paidAt = new BigInteger[8]; // per round: a full payer's payment over D(paidEpoch[r])
    private int[] paidEpoch = new int[8];
    private BigInteger[] epochSum = new BigInteger[8];
    private BigInteger startNum;         // the starting budget's numerator over the current denominator

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
        firstN = new BigInteger[e.m];
        firstD = new BigInteger[e.m];
        for (int p = 0; p < e.m; p++) {
            if (eligible[p]) {
                long total = 0;
                for (int i = 0; i < e.supGroup[p].length; i++) {
                    total = Math.addExact(total, Math.multiplyExact(e.supUtil[p][i], e.mult[e.supGroup[p][i]]));
                }
                firstN[p] = BigInteger.valueOf(e.cost[p]);
                firstD[p] = BigInteger.valueOf(total);
            }
        }
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
        orderKey = new long[64];
        parentOf = new int[64];
        payRoundOf = new int[64];
        cv[0] = BigInteger.ZERO;
        cv[1] = BigInteger.valueOf(e.budget).add(BigInteger.valueOf(extraUnits).multiply(denom));
        startNum = cv[1];
        orderKey[1] = 1L << KEY_BITS;
        classes = 2;
        round = 0;
        factors.clear();
        scaleFrom[0] = BigInteger.ONE;
        scaleRound[0] = 0;
        cls = new int[e.groups];
        Arrays.fill(cls, 1);
        pN = new BigInteger[e.m];
        pD = new BigInteger[e.m];
        pS = new long[e.m];
        // candidates sorted by their price lower bound; the first bound is cost / total utility
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < e.m; p++) {
            if (eligible[p]) {
                pN[p] = firstN[p];
                pD[p] = firstD[p];
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
        materialize(c);
        int ep = epoch[c];
        if (ep != round) {
            cv[c] = cv[c].multiply(scaleFrom(ep));
            epoch[c] = round;
        }
        return cv[c];
    }

    /**
     * Gives a lazily created class its numerator: its parent's budget less the payment of the
     * round that created it, over the current denominator.
     */
    private BigInteger materialize(int c) {
        if (cv[c] == null) {
            int r = payRoundOf[c];
            cv[c] = budget(parentOf[c]).subtract(paidIn(r));
            epoch[c] = round;
        }
        return cv[c];
    }

    /** @return what each full payer paid in round {@code r}, over the current denominator */
    private BigInteger paidIn(int r) {
        if (paidEpoch[r] != round) {
            paidAt[r] = paidAt[r].multiply(scaleFrom(paidEpoch[r]));
            paidEpoch[r] = round;
        }
        return paidAt[r];
    }

    /**
     * Computes the price per unit of utility {@code rho} at which the project's supporters can pay
     * its cost, each paying {@code min(budget, rho * utility)}, into {@code pN/pD/pS}.
     *
     * @return false when the supporters together have less than the cost
     */
    private boolean price(int p) {
        if (e.binary[p]) {
            return priceBinary(p);
        }
        int[] sg = e.supGroup[p];
        long[] su = e.supUtil[p];
        int k = sg.length;
        int[] entryClass = new int[k];
        long[] entryCount = new long[k];
        long[] entryUtil = new long[k];
        for (int j = 0; j < k; j++) {
            entryClass[j] = cls[sg[j]];
            entryCount[j] = e.mult[sg[j]];
            entryUtil[j] = su[j];
        }
        BigInteger[] b = new BigInteger[k];
        for (int j = 0; j < k; j++) {
            b[j] = budget(entryClass[j]);
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
     * The price of a project whose supporters all have the same utility: the per-supporter payment
     * {@code a} is the unique value with {@code sum(min(b_i, a) * c_i) = cost}, so the supporters'
     * budget classes split into the poor ({@code b < a}, paying all they have) and the rich
     * (paying {@code a}); classes with {@code b = a} may go either way, the price is the same.
     *
     * <p>The split is first found on the classes' order keys in {@code long} arithmetic
     * (quickselect-style, expected linear time), then {@code a} is computed exactly from it and the
     * split is checked exactly: a class whose key is clearly on its side needs no check, the few
     * near {@code a} are compared with their exact budgets. Only the poor classes' numerators are
     * touched (on real elections a fifth of the classes). If the check fails, or the keys cannot
     * decide, the exact walk in budget order ({@link #exactWalk}) decides.
     */
    private boolean priceBinary(int p) {
        int[] sg = e.supGroup[p];
        if (acc.length < classes) {
            acc = new int[classes * 2];
            touched = new int[classes * 2];
        }
        int k = 0;
        long supporters = 0;
        int[] sm = e.supMult[p];
        for (int i = 0; i < sg.length; i++) {
            int c = cls[sg[i]];
            if (c == 0) {
                continue; // budget exhausted: pays nothing
            }
            if (acc[c] == 0) {
                touched[k++] = c;
            }
            acc[c] += sm[i];
            supporters += sm[i];
        }
        BigInteger need = BigInteger.valueOf(e.cost[p]).multiply(denom);
        int split = approximateSplit(need, k, supporters);
        boolean affordable = split != UNAFFORDABLE
                && (split >= 0 && exactFromSplit(p, need, k, split) || exactWalk(p, need, k, supporters));
        for (int i = 0; i < k; i++) {
            acc[touched[i]] = 0;
        }
        return affordable;
    }

    /**
     * Water-fills {@code touched[0..k)} on the order keys: reorders them so that the first
     * {@code split} are the (approximately) poor classes.
     *
     * @return split; {@link #UNAFFORDABLE} when the supporters' budgets surely fall short of the
     *     cost; -1 when the keys cannot decide
     */
    private int approximateSplit(BigInteger need, int k, long supporters) {
        // keys >> shift times counts must stay below 2^62
        int shift = Math.max(0, KEY_BITS + 1 + (64 - Long.numberOfLeadingZeros(supporters)) - 62);
        if (shift > KEY_BITS || k == 0) {
            return -1;
        }
        BigInteger needKey = need.shiftLeft(KEY_BITS - shift).divide(startNum);
        if (needKey.bitLength() > 62) {
            return -1;
        }
        long target = needKey.longValue();
        if (packed.length < k) {
            packed = new long[k * 2];
        }
        long[] kv = packed;
        for (int j = 0; j < k; j++) {
            kv[j] = orderKey[touched[j]] >> shift;
        }
        int lo = 0;
        int hi = k;
        long poor = 0;
        long rich = 0;
        while (lo < hi) {
            long x = kv[(lo + hi) >>> 1];
            int m = lo;
            long leftSum = 0;
            long rightCount = 0;
            for (int i = lo; i < hi; i++) {
                if (kv[i] < x) {
                    leftSum += kv[i] * acc[touched[i]];
                    swap(kv, i, m);
                    m++;
                } else {
                    rightCount += acc[touched[i]];
                }
            }
            if (poor + leftSum + x * (rich + rightCount) >= target) {
                rich += rightCount;
                hi = m;
            } else {
                poor += leftSum;
                int q = m;
                for (int i = m; i < hi; i++) {
                    if (kv[i] == x) {
                        poor += kv[i] * acc[touched[i]];
                        swap(kv, i, q);
                        q++;
                    }
                }
                lo = q;
            }
        }
        if (rich == 0) {
            // Everyone pays all they have and it is not enough, by the keys. Keys shifted down
            // are at most one unit low, keys at most their budget's key plus less than the round
            // count high: when even the high bound falls short, the project cannot be afforded.
            long high = 0;
            for (int j = 0; j < k; j++) {
                high += (kv[j] + 1) * acc[touched[j]];
            }
            return high < target ? UNAFFORDABLE : -1;
        }
        return lo;
    }

    private void swap(long[] kv, int i, int j) {
        long t = kv[i];
        kv[i] = kv[j];
        kv[j] = t;
        int c = touched[i];
        touched[i] = touched[j];
        touched[j] = c;
    }

    /**
     * Computes the price from a split of {@code touched[0..k)} (poor first) and checks the split
     * exactly.
     *
     * @return true when the split is right and the price was stored
     */
    private boolean exactFromSplit(int p, BigInteger need, int k, int split) {
        // what the poor pay, summed per epoch of their numerators: one scaling per epoch
        if (epochSum.length <= round) {
            epochSum = new BigInteger[round * 2];
        }
        for (int i = 0; i < split; i++) {
            int c = touched[i];
            long cnt = acc[c];
            BigInteger b = materialize(c);
            BigInteger term = cnt == 1 ? b : b.multiply(BigInteger.valueOf(cnt));
            int ep = epoch[c];
            epochSum[ep] = epochSum[ep] == null ? term : epochSum[ep].add(term);
        }
        BigInteger poor = BigInteger.ZERO;
        for (int ep = 0; ep <= round; ep++) {
            if (epochSum[ep] != null) {
                poor = poor.add(ep == round ? epochSum[ep] : epochSum[ep].multiply(scaleFrom(ep)));
                epochSum[ep] = null;
            }
        }
        long rich = 0;
        for (int i = split; i < k; i++) {
            rich += acc[touched[i]];
        }
        BigInteger rest = need.subtract(poor); // = a * rich
        if (rich == 0 || rest.signum() <= 0) {
            return false;
        }
        BigInteger richCount = BigInteger.valueOf(rich);
        BigInteger priceKey = rest.shiftLeft(KEY_BITS).divide(startNum.multiply(richCount));
        if (priceKey.bitLength() > 62) {
            return false;
        }
        long keyA = priceKey.longValue();          // floor of the price's key: keyA <= t(a) < keyA + 1
        long margin = round + 1L;                  // t(b) <= key(b) < t(b) + margin
        for (int i = 0; i < k; i++) {
            int c = touched[i];
            long kc = orderKey[c];
            if (i < split) {
                // poor: b <= a
                if (kc > keyA && budget(c).multiply(richCount).compareTo(rest) > 0) {
                    return false;
                }
            } else if (kc - margin < keyA + 1 && budget(c).multiply(richCount).compareTo(rest) < 0) {
                // rich: b >= a
                return false;
            }
        }
        pN[p] = rest;
        pD[p] = richCount.multiply(denom).multiply(BigInteger.valueOf(weight[p]));
        pS[p] = rich;
        return true;
    }

    /**
     * The exact price by walking the classes in budget order from the poorest: while the classes
     * not yet walked cannot pay the rest at the current class's budget, that class pays all it has.
     *
     * @return false when the supporters together have less than the cost
     */
    private boolean exactWalk(int p, BigInteger need, int k, long supporters) {
        sortByBudget(touched, k);
        BigInteger poor = BigInteger.ZERO; // what the classes paying all they have pay
        long remaining = supporters;
        for (int i = 0; i < k; i++) {
            int c = touched[i];
            long cnt = acc[c];
            BigInteger b = budget(c);
            if (poor.add(b.multiply(BigInteger.valueOf(remaining))).compareTo(need) >= 0) {
                // this class and every richer one pay (need - poor) / remaining <= b each
                pN[p] = need.subtract(poor);
                pD[p] = BigInteger.valueOf(remaining).multiply(denom).multiply(BigInteger.valueOf(weight[p]));
                pS[p] = remaining;
                return true;
            }
            poor = poor.add(cnt == 1 ? b : b.multiply(BigInteger.valueOf(cnt)));
            remaining -= cnt;
        }
        return false;
    }

    /** Sorts classes {@code cs[0..k)} by budget, ascending, exactly. */
    private void sortByBudget(int[] cs, int k) {
        if (k < 1 << 21) {
            if (packed.length < k) {
                packed = new long[k * 2];
            }
            for (int j = 0; j < k; j++) {
                packed[j] = orderKey[cs[j]] << 21 | j; // keys lie in [0, 2^KEY_BITS]
            }
            Arrays.sort(packed, 0, k);
            int[] copy = Arrays.copyOf(cs, k);
            for (int j = 0; j < k; j++) {
                cs[j] = copy[(int) (packed[j] & ((1 << 21) - 1))];
            }
            // insertion sort with the exact order: only classes whose keys are close move
            for (int i = 1; i < k; i++) {
                int c = cs[i];
                int j = i - 1;
                while (j >= 0 && compareBudgets(cs[j], c) > 0) {
                    cs[j + 1] = cs[j];
                    j--;
                }
                cs[j + 1] = c;
            }
        } else {
            Integer[] boxed = new Integer[k];
            for (int j = 0; j < k; j++) {
                boxed[j] = cs[j];
            }
            Arrays.sort(boxed, this::compareBudgets);
            for (int j = 0; j < k; j++) {
                cs[j] = boxed[j];
            }
        }
    }

    /** Compares two classes' budgets exactly, by their keys when these are far enough apart. */
    private int compareBudgets(int a, int b) {
        long margin = round + 1L;
        long ka = orderKey[a];
        long kb = orderKey[b];
        if (kb - ka >= margin) {
            return -1;
        }
        if (ka - kb >= margin) {
            return 1;
        }
        return budget(a).compareTo(budget(b));
    }

    /** @return floor(2^KEY_BITS * amount / starting budget), amount over the current denominator */
    private long keyOf(BigInteger amount) {
        return amount.shiftLeft(KEY_BITS).divide(startNum).longValueExact();
    }

    /** Every supporter of {@code p} pays {@code min(budget, rho * utility)} at the price just computed. */
    private void pay(int p) {
        // a full payer pays need * u / (s * D); new denominator D * s / gcd(need, s)
        // gcd(need, s) = gcd(need mod s, s): one division by a long, then Euclid on longs
        // (BigInteger.gcd on the whole numerator was a sixth of add1's time)
        long sl = pS[p];
        long gl = gcd(pN[p].remainder(BigInteger.valueOf(sl)).longValue(), sl);
        BigInteger f = BigInteger.valueOf(sl / gl);
        BigInteger ng = gl == 1 ? pN[p] : pN[p].divide(BigInteger.valueOf(gl));
        int[] sg = e.supGroup[p];
        long[] su = e.supUtil[p];
        boolean bin = e.binary[p];
        advance(f);
        long paidKey = 0;
        if (bin) {
            paidKey = keyOf(ng);
            if (paidAt.length <= round) {
                paidAt = Arrays.copyOf(paidAt, round * 2);
                paidEpoch = Arrays.copyOf(paidEpoch, round * 2);
            }
            paidAt[round] = ng;
            paidEpoch[round] = round;
        }
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
                    // The class's numerator is left alone unless its key cannot tell that it is
                    // richer than the payment: most classes are never walked by a later price.
                    long kc = orderKey[c];
                    boolean rich = kc - paidKey >= round + 2L
                            || kc > paidKey && budget(c).compareTo(ng) > 0; // key <= paidKey: surely poor
                    target = rich ? newLazyClass(c, orderKey[c] - paidKey) : 0;
                    remap[c] = target + 1;
                    oldTouched[nTouched++] = c;
                } else {
                    target = remap[c] - 1;
                }
            } else {
                ClassUtil cu = new ClassUtil(c, su[j]);
                Integer t = byUtil.get(cu);
                if (t == null) {
                    BigInteger paid = ng.multiply(BigInteger.valueOf(su[j]));
                    BigInteger left = budget(c).subtract(paid);
                    t = left.signum() > 0 ? newClass(left, orderKey[c] - keyOf(paid)) : 0;
                    byUtil.put(cu, t);
                }
                target = t;
            }
            cls[g0] = target;
        }
        for (int i = 0; i < nTouched; i++) {
            remap[oldTouched[i]] = 0;
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** Multiplies the common denominator by {@code f}: a new round for the lazy scaling. */
    private void advance(BigInteger f) {
        denom = denom.multiply(f);
        startNum = startNum.multiply(f);
        factors.add(f);
        round++;
        if (scaleFrom.length <= round) {
            scaleFrom = Arrays.copyOf(scaleFrom, round * 2);
            scaleRound = Arrays.copyOf(scaleRound, round * 2);
        }
        scaleFrom[round] = BigInteger.ONE;
        scaleRound[round] = round;
    }

    /**
     * @return D(round) / D(r), the product of the factors of rounds r .. round - 1; computed only
     *     for the epochs still in use (most classes are brought up to date from a recent one)
     */
    private BigInteger scaleFrom(int r) {
        if (scaleRound[r] != round) {
            scaleFrom[r] = scaleFrom(r + 1).multiply(factors.get(r));
            scaleRound[r] = round;
        }
        return scaleFrom[r];
    }

    private record ClassUtil(int cls, long util) {
    }

    /** A class whose budget is its parent's less this round's payment, computed when first needed. */
    private int newLazyClass(int parent, long order) {
        grow();
        parentOf[classes] = parent;
        payRoundOf[classes] = round;
        orderKey[classes] = order;
        cv[classes] = null;
        epoch[classes] = round;
        return classes++;
    }

    private void grow() {
        if (classes == cv.length) {
            cv = Arrays.copyOf(cv, classes * 2);
            epoch = Arrays.copyOf(epoch, classes * 2);
            orderKey = Arrays.copyOf(orderKey, classes * 2);
            parentOf = Arrays.copyOf(parentOf, classes * 2);
            payRoundOf = Arrays.copyOf(payRoundOf, classes * 2);
        }
    }

    private int newClass(BigInteger value, long order) {
        if (value.signum() <= 0) {
            return 0;
        }
        grow();
        orderKey[classes] = order;
        cv[classes] = value;
        epoch[classes] = round;
        return classes++;
    }
}
