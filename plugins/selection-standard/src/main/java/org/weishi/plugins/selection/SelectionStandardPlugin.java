package org.weishi.plugins.selection;

import java.util.List;
import org.weishi.plugins.selection.rules.StandardRules;
import org.weishi.spi.Capability;
import org.weishi.spi.DistrictPlugin;
import org.weishi.spi.PluginManifest;
import org.weishi.spi.selection.SelectionRule;

/**
 * Provides the standard selection rules: {@code greedy}, {@code greedy-no-skip}, {@code mes},
 * {@code mes-add1}, {@code mes-add1-greedy} and {@code recorded} (see {@link StandardRules}).
 */
@PluginManifest(id = "selection-standard", version = "0.1.0", requires = "[0.1,1)",
        provides = Capability.SELECTION_RULE,
        description = "Greedy and Method of Equal Shares selection, exact, on Pabulib elections",
        vendor = "weishi", license = "Apache-2.0")
public final class SelectionStandardPlugin implements DistrictPlugin {
    private final List<SelectionRule> rules = StandardRules.all();

    /** Creates the plug-in; does no work. */
    public SelectionStandardPlugin() {
    }

    @Override
    public List<SelectionRule> selectionRules() {
        return rules;
    }
}
