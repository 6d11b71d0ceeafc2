package org.weishi.plugins.selection.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.weishi.spi.selection.Ballot;
import org.weishi.spi.selection.BallotType;
import org.weishi.spi.selection.Candidate;
import org.weishi.spi.selection.Election;
import org.weishi.spi.selection.Utility;

/**
 * A deliberately naive Method of Equal Shares, straight from the definition, used only to check
 * the fast implementation: one budget per voter (no grouping, no classes), every project's price
 * recomputed from scratch each round, exact fractions. Ties: project ids ascending.
 */
final class ReferenceMes {
    private ReferenceMes() {
    }

    record Q(BigInteger n, BigInteger d) implements Comparable<Q> {
        Q {
            if (d.signum() < 0) {
                n = n.negate();
                d = d.negate();
            }
            BigInteger g = n.gcd(d);
            if (g.signum() > 0 && !g.equals(BigInteger.ONE)) {
                n = n.divide(g);
                d = d.divide(g);
            }
        }

        static Q of(BigDecimal v) {
            return v.scale() <= 0 ? new Q(v.toBigIntegerExact(), BigInteger.ONE)
                    : new Q(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
        }

        static Q of(long v) {
            return new Q(BigInteger.valueOf(v), BigInteger.ONE);
        }

        Q plus(Q o) {
            return new Q(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
        }

        Q minus(Q o) {
            return new Q(n.multiply(o.d).subtract(o.n.multiply(d)), d.multiply(o.d));
        }

        Q times(Q o) {
            return new Q(n.multiply(o.n), d.multiply(o.d));
        }

        Q div(Q o) {
            return new Q(n.multiply(o.d), d.multiply(o.n));
        }

        @Override
        public int compareTo(Q o) {
            return n.multiply(o.d).compareTo(o.n.multiply(d));
        }
    }

    /** utility of voter v for project p */
    private static Q util(Election e, Ballot b, Candidate c, Utility u) {
        int i = b.projects().indexOf(c.id());
        if (i < 0) {
            return Q.of(0);
        }
        return switch (u) {
            case COST -> Q.of(c.cost());
            case COUNT -> Q.of(1);
            case POINTS -> Q.of(b.points().get(i));
            case BORDA -> Q.of(b.projects().size() - 1 - i);
        };
    }

    static List<String> mes(Election e, Utility u, BigDecimal extraPerVoter) {
        int n = e.ballots().size();
        List<String> out = new ArrayList<>();
        List<Candidate> cands = new ArrayList<>(e.candidates());
        cands.sort(Comparator.comparing(Candidate::id));
        List<Candidate> remaining = new ArrayList<>();
        Q[][] ut = new Q[cands.size()][n];
        for (int p = 0; p < cands.size(); p++) {
            Q total = Q.of(0);
            for (int v = 0; v < n; v++) {
                ut[p][v] = util(e, e.ballots().get(v), cands.get(p), u);
                total = total.plus(ut[p][v]);
            }
            if (total.n().signum() > 0) {
                if (cands.get(p).cost().signum() == 0) {
                    out.add(cands.get(p).id());
                } else {
                    remaining.add(cands.get(p));
                }
            }
        }
        if (n == 0) {
            return out;
        }
        Q[] budget = new Q[n];
        Q start = Q.of(e.budget()).div(Q.of(n)).plus(Q.of(extraPerVoter));
        java.util.Arrays.fill(budget, start);
        while (true) {
            Candidate best = null;
            Q bestRho = null;
            for (Candidate c : remaining) {
                int p = cands.indexOf(c);
                Q rho = rho(Q.of(c.cost()), budget, ut[p]);
                if (rho != null && (bestRho == null || rho.compareTo(bestRho) < 0)) {
                    best = c;
                    bestRho = rho;
                }
            }
            if (best == null) {
                return out;
            }
            int p = cands.indexOf(best);
            for (int v = 0; v < n; v++) {
                if (ut[p][v].n().signum() > 0) {
                    Q pay = bestRho.times(ut[p][v]);
                    budget[v] = pay.compareTo(budget[v]) >= 0 ? Q.of(0) : budget[v].minus(pay);
                }
            }
            out.add(best.id());
            remaining.remove(best);
        }
    }

    /** smallest rho with sum_v min(b_v, rho * u_v) = cost, or null if the supporters cannot pay */
    private static Q rho(Q cost, Q[] budget, Q[] u) {
        List<Integer> sup = new ArrayList<>();
        Q money = Q.of(0);
        for (int v = 0; v < u.length; v++) {
            if (u[v].n().signum() > 0) {
                sup.add(v);
                money = money.plus(budget[v]);
            }
        }
        if (money.compareTo(cost) < 0) {
            return null;
        }
        sup.sort((a, b) -> budget[a].div(u[a]).compareTo(budget[b].div(u[b])));
        Q paid = Q.of(0);
        Q rest = Q.of(0);
        for (int v : sup) {
            rest = rest.plus(u[v]);
        }
        for (int v : sup) {
            Q r = cost.minus(paid).div(rest);
            if (r.times(u[v]).compareTo(budget[v]) <= 0) {
                return r;
            }
            paid = paid.plus(budget[v]);
            rest = rest.minus(u[v]);
        }
        throw new AssertionError("unreachable");
    }

    static List<String> mesAdd1(Election e, Utility u) {
        BigDecimal unit = BigDecimal.ONE;
        int scale = e.budget().stripTrailingZeros().scale();
        for (Candidate c : e.candidates()) {
            scale = Math.max(scale, c.cost().stripTrailingZeros().scale());
        }
        List<String> previous = mes(e, u, BigDecimal.ZERO).stream()
                .filter(id -> e.candidate(id).cost().signum() == 0).toList();
        java.util.Set<String> supported = new java.util.HashSet<>();
        for (Candidate c : e.candidates()) {
            for (Ballot b : e.ballots()) {
                if (util(e, b, c, u).n().signum() > 0) {
                    supported.add(c.id());
                }
            }
        }
        BigDecimal extra = BigDecimal.ZERO;
        while (true) {
            List<String> outcome = mes(e, u, extra);
            BigDecimal total = outcome.stream().map(id -> e.candidate(id).cost()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(e.budget()) > 0) {
                return previous;
            }
            boolean exhaustive = true;
            for (Candidate c : e.candidates()) {
                if (supported.contains(c.id()) && c.cost().signum() > 0 && !outcome.contains(c.id())
                        && total.add(c.cost()).compareTo(e.budget()) <= 0) {
                    exhaustive = false;
                }
            }
            if (exhaustive) {
                return outcome;
            }
            previous = outcome;
            extra = extra.add(unit);
        }
    }

    static Utility defaultUtility(BallotType t) {
        return Utility.defaultFor(t);
    }
}
