package org.weishi.plugins.selection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.weishi.spi.Capability;
import org.weishi.spi.PluginDescriptor;
import org.weishi.spi.selection.SelectionRule;

class SelectionStandardPluginTest {
    @Test
    void declaresItselfAndProvidesTheStandardRules() {
        SelectionStandardPlugin plugin = new SelectionStandardPlugin();
        PluginDescriptor d = plugin.descriptor();
        assertThat(d.id()).isEqualTo("selection-standard");
        assertThat(d.provides()).containsExactly(Capability.SELECTION_RULE);
        assertThat(plugin.selectionRules()).extracting(SelectionRule::id)
                .containsExactly("greedy", "greedy-no-skip", "mes", "mes-add1", "mes-add1-greedy", "recorded");
        assertThat(plugin.selectionRules()).isSameAs(plugin.selectionRules());
        for (SelectionRule r : plugin.selectionRules()) {
            assertThat(r.description().en()).isNotBlank();
        }
    }
}
