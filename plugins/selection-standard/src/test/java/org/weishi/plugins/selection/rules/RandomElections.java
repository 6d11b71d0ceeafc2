package org.weishi.plugins.selection.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.weishi.spi.selection.Ballot;
import org.weishi.spi.selection.BallotType;
import org.weishi.spi.selection.Election;

/**
 * Seeded generators of small elections for property tests. Small numbers on purpose: they make
 * exact ties common, so tie-breaking is exercised. Every test names its seed; replay one case with
 * {@code -Dweishi.seed=<seed> -Dweishi.cases=1}.
 */
final class RandomElections {
    private RandomElections() {
    }

    /** @return the seeds to run: {@code weishi.cases} of them from {@code weishi.seed} */
    static Stream<Long> seeds(int defaultCases) {
        long base = Long.getLong("weishi.seed", 20261127L);
        int cases = Integer.getInteger("weishi.cases", defaultCases);
        return LongStream.range(base, base + cases).boxed();
    }

    static Election generate(long seed, BallotType type) {
        Random r = new Random(seed);
        int m = 2 + r.nextInt(9);
        int n = r.nextInt(25);
        Election.Builder b = Election.builder().name("random-" + seed).type(type);
        long totalCost = 0;
        for (int p = 0; p < m; p++) {
            long cost = r.nextInt(12) == 0 ? 0 : 1 + r.nextInt(60);
            totalCost += cost;
            b.candidate("p" + p, cost);
        }
        b.budget(1 + r.nextInt((int) Math.max(1, totalCost)));
        List<Ballot> ballots = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            List<String> ps = new ArrayList<>();
            List<Long> pts = new ArrayList<>();
            int len = type == BallotType.CHOOSE_ONE ? r.nextInt(2) : r.nextInt(m + 1);
            List<Integer> idx = new ArrayList<>();
            for (int p = 0; p < m; p++) {
                idx.add(p);
            }
            java.util.Collections.shuffle(idx, r);
            for (int i = 0; i < len; i++) {
                ps.add("p" + idx.get(i));
                pts.add(1L + r.nextInt(4));
            }
            ballots.add(type == BallotType.CUMULATIVE ? Ballot.withPoints("v" + v, ps, pts) : Ballot.of("v" + v, ps));
        }
        return b.ballots(ballots).build();
    }

    /** @return the same election with every ballot cast twice */
    static Election duplicated(Election e) {
        List<Ballot> twice = new ArrayList<>();
        for (Ballot x : e.ballots()) {
            twice.add(x);
            twice.add(new Ballot(x.voterId() + "'", x.projects(), x.points()));
        }
        return new Election(e.name() + " x2", e.type(), e.budget(), e.candidates(), twice, e.maxLength(), e.meta());
    }
}
