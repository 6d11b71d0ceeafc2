package org.weishi.core.view;

import java.util.ArrayList;
import java.util.List;
import org.weishi.spi.Money;

/**
 * Prints envelopes as a fixed-width table, one line per envelope: id, scope, year, allocated,
 * committed, spent, released, available (yuan, two decimals, grouped by thousands), and whether the
 * balance identity holds. For operator tools and the demo.
 *
 * <pre>{@code
 * EnvelopeReport.lines(weishi.envelopes()).forEach(System.out::println);
 * }</pre>
 */
public final class EnvelopeReport {
    private static final String FORMAT = "%-22s %-28s %4s %16s %16s %16s %16s %16s %s";

    private EnvelopeReport() {
    }

    /**
     * @param envelopes envelopes in the order to print
     * @return a header line, then one line per envelope; unmodifiable
     */
    public static List<String> lines(List<EnvelopeView> envelopes) {
        List<String> out = new ArrayList<>();
        out.add(String.format(FORMAT, "envelope 资金池", "scope 区域", "year", "allocated 下达", "committed 承诺",
                "spent 支出", "released 结余", "available 可用", ""));
        for (EnvelopeView e : envelopes) out.add(line(e));
        return List.copyOf(out);
    }

    /**
     * @param e an envelope
     * @return its line (without a trailing newline)
     */
    public static String line(EnvelopeView e) {
        return String.format(FORMAT, e.id(), e.scopeId(), e.year(), yuan(e.allocated()), yuan(e.committed()),
                yuan(e.spent()), yuan(e.released()), yuan(e.available()), e.balanced() ? "ok" : "UNBALANCED");
    }

    private static String yuan(Money m) {
        return m.formatted();
    }
}
