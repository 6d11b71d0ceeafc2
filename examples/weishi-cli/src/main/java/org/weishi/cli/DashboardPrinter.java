package org.weishi.cli;

import java.io.PrintStream;
import java.util.Map;
import org.weishi.core.lifecycle.DemandState;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.core.view.Dashboard;
import org.weishi.spi.Channel;
import org.weishi.spi.Money;
import org.weishi.spi.ProjectKind;

/** Prints the dashboard as plain-text tables (counts and money from the projections). */
final class DashboardPrinter {
    private DashboardPrinter() {
    }

    static void print(Dashboard d, PrintStream out) {
        out.printf("项目 Projects: %d  (MICRO 民生微实事 %d, SELF_SELECTED 自选动作 %d); 区领导领办 led by district leaders: %d (销号 closed: %d)%n",
                d.projectCount(), d.projectCount(ProjectKind.MICRO), d.projectCount(ProjectKind.SELF_SELECTED),
                d.ledProjects(), d.ledProjectsClosed());
        out.println();
        out.printf("%-14s %8s %8s %18s %18s%n", "state", "MICRO", "SELF", "MICRO CNY", "SELF CNY");
        Money[] totals = {Money.ZERO, Money.ZERO};
        for (ProjectState s : ProjectState.values()) {
            int m = d.projectCount(ProjectKind.MICRO, s);
            int x = d.projectCount(ProjectKind.SELF_SELECTED, s);
            if (m == 0 && x == 0) continue;
            Money mm = d.estimatedByKindAndState().get(ProjectKind.MICRO).get(s);
            Money xm = d.estimatedByKindAndState().get(ProjectKind.SELF_SELECTED).get(s);
            totals[0] = totals[0].plus(mm);
            totals[1] = totals[1].plus(xm);
            out.printf("%-14s %8d %8d %18s %18s%n", s, m, x, mm.formatted(), xm.formatted());
        }
        out.printf("%-14s %8d %8d %18s %18s%n", "total", d.projectCount(ProjectKind.MICRO),
                d.projectCount(ProjectKind.SELF_SELECTED), totals[0].formatted(), totals[1].formatted());
        out.println();
        out.printf("需求 Demands: %d by channel and state%n", d.demandCount());
        out.printf("%-17s", "channel");
        for (DemandState s : DemandState.values()) out.printf(" %9s", s);
        out.printf(" %7s%n", "total");
        for (Channel c : Channel.values()) {
            Map<DemandState, Integer> row = d.demandsByChannelAndState().get(c);
            out.printf("%-17s", c);
            int total = 0;
            for (DemandState s : DemandState.values()) {
                out.printf(" %9d", row.get(s));
                total += row.get(s);
            }
            out.printf(" %7d%n", total);
        }
        out.println();
        out.printf("满意度 Satisfaction: %.2f / 5 from %d rated demands%n", d.averageSatisfaction(), d.ratedDemands());
    }
}
