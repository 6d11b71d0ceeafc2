package org.weishi.cli;

import java.io.PrintStream;
import java.util.List;
import org.weishi.core.view.EnvelopeView;
import org.weishi.spi.Money;

/** Prints budget envelopes: the district's and each town's, and the villages' as one summed line. */
final class EnvelopesPrinter {
    private EnvelopesPrinter() {
    }

    static void print(List<EnvelopeView> envelopes, PrintStream out) {
        out.println("资金池 Envelopes (CNY): allocated = committed + spent + released + available");
        out.printf("%-30s %16s %16s %16s %14s %16s%n", "envelope", "allocated", "committed", "spent", "released", "available");
        Money[] villages = {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO};
        int villageCount = 0;
        boolean balanced = true;
        for (EnvelopeView e : envelopes) {
            balanced &= e.balanced();
            if (e.scopeId().chars().filter(ch -> ch == '/').count() == 2) {
                villageCount++;
                villages[0] = villages[0].plus(e.allocated());
                villages[1] = villages[1].plus(e.committed());
                villages[2] = villages[2].plus(e.spent());
                villages[3] = villages[3].plus(e.released());
                villages[4] = villages[4].plus(e.available());
                continue;
            }
            out.printf("%-30s %16s %16s %16s %14s %16s%n", e.id(), e.allocated().formatted(), e.committed().formatted(),
                    e.spent().formatted(), e.released().formatted(), e.available().formatted());
        }
        out.printf("%-30s %16s %16s %16s %14s %16s%n", villageCount + " village envelopes", villages[0].formatted(),
                villages[1].formatted(), villages[2].formatted(), villages[3].formatted(), villages[4].formatted());
        out.println(balanced ? "every envelope balances" : "AN ENVELOPE DOES NOT BALANCE");
    }
}
