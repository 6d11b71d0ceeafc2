package org.weishi.plugins.selection.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.weishi.spi.selection.Ballot;
import org.weishi.spi.selection.BallotType;
import org.weishi.spi.selection.Candidate;
import org.weishi.spi.selection.Election;
import org.weishi.spi.selection.SelectionException;
import org.weishi.spi.selection.TieBreak;
import org.weishi.spi.selection.Utility;

/**
 * An election turned into integer arrays for the rules: costs and budget scaled to whole units of
 * the smallest decimal place used (so {@code 216829.41} becomes {@code 21682941} hundredths),
 * identical ballots grouped with a multiplicity, and the per-project supporter lists with each
 * supporter's utility.
 */
final class Prepared {
    final Election election;
    final int m;                 // projects
    final String[] ids;
    final BigDecimal[] costDecimal;
    final long[] cost;           // scaled to integer units
    final long budget;           // scaled
    final long unit;             // one currency unit in scaled units (10^scale)
    final int scale;
    final long voters;           // number of ballots (with multiplicity)
    final long[] supporters;     // ballots giving the project utility > 0 under the chosen utility (MES)
    final long[] listed;         // ballots listing the project at all (votes; minimum support)
    final long[] score;          // greedy score: votes, points or Borda
    final int[] tieRank;         // position of each project in the tie-breaking order (0 first)

    // grouped ballots: group g has multiplicity mult[g]
    final int groups;
    final long[] mult;
    // per project: supporter groups and their utilities (utility > 0)
    final int[][] supGroup;
    final long[][] supUtil;
    final boolean[] binary;      // all supporters of the project have the same utility
    final int[][] supMult;       // per project: the multiplicity of each supporter group, read in order with supGroup

    private Prepared(Election election, Utility utility, TieBreak tieBreak) {
        this.election = election;
        List<Candidate> cs = election.candidates();
        m = cs.size();
        ids = new String[m];
        costDecimal = new BigDecimal[m];
        int sc = Math.max(0, election.budget().stripTrailingZeros().scale());
        for (int p = 0; p < m; p++) {
            ids[p] = cs.get(p).id();
            costDecimal[p] = cs.get(p).cost();
            sc = Math.max(sc, cs.get(p).cost().stripTrailingZeros().scale());
        }
        scale = sc;
        unit = BigInteger.TEN.pow(sc).longValueExact();
        cost = new long[m];
        try {
            for (int p = 0; p < m; p++) {
                cost[p] = costDecimal[p].movePointRight(sc).longValueExact();
            }
            budget = election.budget().movePointRight(sc).longValueExact();
        } catch (ArithmeticException e) {
            throw new SelectionException("费用或预算过大（超过 10^18 个最小单位）",
                    "a cost or the budget is too large (more than 10^18 of its smallest unit)");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int p = 0; p < m; p++) {
            index.put(ids[p], p);
        }
        BallotType type = election.type();
        if ((utility == Utility.POINTS && type != BallotType.CUMULATIVE)
                || (utility == Utility.BORDA && type != BallotType.ORDINAL)) {
            throw new SelectionException(
                    "效用 " + utility.key() + " 不适用于投票类型 " + type.pabulibName(),
                    "utility " + utility.key() + " does not apply to vote type " + type.pabulibName()
                            + " (points needs cumulative ballots, borda needs ordinal ballots)");
        }
        int bordaLength = election.maxLength();
        if (bordaLength == 0) {
            for (Ballot b : election.ballots()) {
                bordaLength = Math.max(bordaLength, b.projects().size());
            }
        }
        // Group identical ballots (same projects, same utilities) to give each group a multiplicity.
        Map<Key, Integer> groupOf = new HashMap<>(election.ballots().size() * 2);
        List<int[]> gProjects = new ArrayList<>();
        List<long[]> gUtils = new ArrayList<>();
        List<long[]> gScores = new ArrayList<>();
        long[] multTmp = new long[16];
        for (Ballot b : election.ballots()) {
            int k = b.projects().size();
            int[] ps = new int[k];
            long[] us = new long[k];
            long[] ss = new long[k];
            for (int i = 0; i < k; i++) {
                int p = index.get(b.projects().get(i));
                ps[i] = p;
                long greedyScore = switch (type) {
                    case APPROVAL, CHOOSE_ONE -> 1;
                    case CUMULATIVE -> b.points().get(i);
                    case ORDINAL -> bordaLength - i;
                };
                ss[i] = greedyScore;
                us[i] = switch (utility) {
                    case COST -> cost[p];
                    case COUNT -> 1;
                    case POINTS -> b.points().get(i);
                    // pabutools' Additive_Borda_Sat: the ballot's own length - 1 - position, so the
                    // last-ranked project gives no utility
                    case BORDA -> k - 1 - i;
                };
            }
            // canonical order: by project index, so {a,b} and {b,a} group together (ballots are short)
            for (int i = 1; i < k; i++) {
                int pi = ps[i];
                long ui = us[i];
                long si = ss[i];
                int j = i - 1;
                while (j >= 0 && ps[j] > pi) {
                    ps[j + 1] = ps[j];
                    us[j + 1] = us[j];
                    ss[j + 1] = ss[j];
                    j--;
                }
                ps[j + 1] = pi;
                us[j + 1] = ui;
                ss[j + 1] = si;
            }
            int[] ps2 = ps;
            long[] us2 = us;
            long[] ss2 = ss;
            Key key = new Key(ps2, us2, ss2);
            Integer g = groupOf.get(key);
            if (g == null) {
                g = gProjects.size();
                groupOf.put(key, g);
                gProjects.add(ps2);
                gUtils.add(us2);
                gScores.add(ss2);
                if (g >= multTmp.length) {
                    multTmp = Arrays.copyOf(multTmp, multTmp.length * 2);
                }
            }
            multTmp[g]++;
        }
        groups = gProjects.size();
        mult = Arrays.copyOf(multTmp, groups);
        voters = election.ballots().size();
        supporters = new long[m];
        listed = new long[m];
        score = new long[m];
        int[] count = new int[m];
        for (int g = 0; g < groups; g++) {
            int[] ps = gProjects.get(g);
            for (int i = 0; i < ps.length; i++) {
                score[ps[i]] += gScores.get(g)[i] * mult[g];
                listed[ps[i]] += mult[g];
                if (gUtils.get(g)[i] > 0) {
                    count[ps[i]]++;
                    supporters[ps[i]] += mult[g];
                }
            }
        }
        if (voters > Integer.MAX_VALUE) {
            throw new SelectionException("选票超过 2^31 张", "more than 2^31 ballots");
        }
        supGroup = new int[m][];
        supUtil = new long[m][];
        supMult = new int[m][];
        binary = new boolean[m];
        for (int p = 0; p < m; p++) {
            supGroup[p] = new int[count[p]];
            supUtil[p] = new long[count[p]];
            supMult[p] = new int[count[p]];
        }
        int[] fill = new int[m];
        for (int g = 0; g < groups; g++) {
            int[] ps = gProjects.get(g);
            long[] us = gUtils.get(g);
            for (int i = 0; i < ps.length; i++) {
                if (us[i] > 0) {
                    int p = ps[i];
                    supGroup[p][fill[p]] = g;
                    supUtil[p][fill[p]] = us[i];
                    supMult[p][fill[p]] = (int) mult[g];
                    fill[p]++;
                }
            }
        }
        for (int p = 0; p < m; p++) {
            boolean same = true;
            for (int i = 1; i < supUtil[p].length; i++) {
                same &= supUtil[p][i] == supUtil[p][0];
            }
            binary[p] = same;
        }
        tieRank = tieRanks(tieBreak);
    }

    static Prepared of(Election election, Utility utility, TieBreak tieBreak) {
        return new Prepared(election, utility, tieBreak);
    }

    private int[] tieRanks(TieBreak tieBreak) {
        Integer[] order = new Integer[m];
        for (int p = 0; p < m; p++) {
            order[p] = p;
        }
        Comparator<Integer> byId = Comparator.comparing(p -> ids[p]);
        Comparator<Integer> c = switch (tieBreak) {
            case ID_ASCENDING -> byId;
            case MOST_SUPPORTERS -> Comparator.<Integer>comparingLong(p -> -supportersAnyUtility(p)).thenComparing(byId);
            case LOWEST_COST -> Comparator.<Integer>comparingLong(p -> cost[p]).thenComparing(byId);
            case HIGHEST_COST -> Comparator.<Integer>comparingLong(p -> -cost[p]).thenComparing(byId);
        };
        Arrays.sort(order, c);
        int[] rank = new int[m];
        for (int i = 0; i < m; i++) {
            rank[order[i]] = i;
        }
        return rank;
    }

    private long supportersAnyUtility(int p) {
        return listed[p];
    }

    /** @return the exact total cost of the given projects */
    BigDecimal totalCost(List<Integer> selected) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int p : selected) {
            sum = sum.add(costDecimal[p]);
        }
        return sum;
    }

    List<String> idsOf(List<Integer> selected) {
        List<String> out = new ArrayList<>(selected.size());
        for (int p : selected) {
            out.add(ids[p]);
        }
        return out;
    }

    private record Key(int[] projects, long[] utils, long[] scores) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(projects, k.projects) && Arrays.equals(utils, k.utils)
                    && Arrays.equals(scores, k.scores);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(projects) + Arrays.hashCode(utils);
        }

        @Override
        public String toString() {
            return Arrays.toString(projects);
        }
    }
}
