package org.weishi.spi.selection;

import org.weishi.spi.LocalizedText;

/**
 * Chooses which candidate projects to fund from the ballots, under the election's budget.
 * Districts may add their own rules through a plug-in's
 * {@link org.weishi.spi.DistrictPlugin#selectionRules()}.
 *
 * <h2>Implementation requirements</h2>
 * <ul>
 *   <li><b>Exact.</b> Amounts, utilities and prices are computed with exact integer or rational
 *       arithmetic, never {@code double} or {@code float}; two runs on the same input give the same
 *       outcome on every machine.</li>
 *   <li><b>Deterministic.</b> Exact ties are broken by {@link SelectionOptions#tieBreak()}; the
 *       result never depends on hash order, threads or time.</li>
 *   <li><b>Within budget.</b> The funded projects never cost more than the budget.</li>
 *   <li><b>Thread-safe and side-effect free.</b> A rule keeps no state between calls; the host may
 *       run one rule on many elections at once.</li>
 *   <li>Throws {@link SelectionException} (never another exception) when the election or options
 *       cannot be used, e.g. a utility the ballot type does not carry.</li>
 *   <li>{@link #id()} is stable, lowercase, dash-separated and unique among the host's rules.</li>
 *   <li>Never returns null.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public interface SelectionRule {
    /** @return stable id, e.g. {@code greedy} or {@code mes-add1} */
    String id();

    /** @return a one-line description in both languages */
    default LocalizedText description() {
        return LocalizedText.of(id(), id());
    }

    /**
     * Selects the projects to fund.
     *
     * @param election the candidates, budget and ballots
     * @param options utility, tie-breaking and minimum support
     * @return the funded projects in selection order
     * @throws SelectionException when the election or options cannot be used by this rule
     */
    SelectionResult select(Election election, SelectionOptions options);

    /**
     * Selects with the {@linkplain SelectionOptions#DEFAULTS default options}.
     *
     * @param election the candidates, budget and ballots
     * @return the funded projects in selection order
     */
    default SelectionResult select(Election election) {
        return select(election, SelectionOptions.DEFAULTS);
    }
}
