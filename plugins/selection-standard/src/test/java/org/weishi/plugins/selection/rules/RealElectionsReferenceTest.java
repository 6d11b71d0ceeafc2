package org.weishi.plugins.selection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.weishi.plugins.selection.PabulibData;
import org.weishi.spi.selection.BallotType;
import org.weishi.spi.selection.Election;
import org.weishi.spi.selection.SelectionOptions;
import org.weishi.spi.selection.Utility;

/** On the small real elections, the fast MES gives exactly the naive MES's outcome, in order. */
class RealElectionsReferenceTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Netherlands_Assen_2024.pb", "Poland_Gdynia_2022_Kamienna_Gora__small.pb",
        "Poland_Warszawa_2017_Plac_Wojska_Polskiego.pb", "Worldwide_Mechanical_Turk_Knapsack_7.pb",
        "Worldwide_Mechanical_Turk_Utilities_7.pb", "Switzerland_Zurich_D10.pb", "Switzerland_Zurich_S5R.pb",
        "US_Stanford_Dataset_PB_Chicago_40th_Ward_2020_vote_approvals.pb",
        "Poland_Warszawa_2019_Obszar_III-PowsinKepa_LatoszkowaZamoscLatoszki.pb"})
    void mesMatchesTheNaiveDefinition(String name) {
        Election e = PabulibData.load(name).election();
        Utility def = Utility.defaultFor(e.type());
        for (Utility u : e.type().isApprovalLike() ? new Utility[] {Utility.COST, Utility.COUNT}
                : new Utility[] {def, Utility.COUNT, Utility.COST}) {
            assertThat(StandardRules.mes().select(e, SelectionOptions.DEFAULTS.withUtility(u)).selected())
                    .as("%s, utility %s", name, u).isEqualTo(ReferenceMes.mes(e, u, BigDecimal.ZERO));
        }
        // the naive add1 re-runs the naive MES once per unit; keep it to the quick files
        if (e.type() == BallotType.APPROVAL && e.ballots().size() < 100 && !name.contains("Turk")) {
            assertThat(StandardRules.mesAdd1().select(e).selected()).as("%s add1", name)
                    .isEqualTo(ReferenceMes.mesAdd1(e, Utility.COST));
        }
    }
}
