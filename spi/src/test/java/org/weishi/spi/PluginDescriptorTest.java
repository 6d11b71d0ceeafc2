package org.weishi.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PluginDescriptorTest {
    @PluginManifest(id = "doumen-rules", version = "1.2.0", requires = "[0.1,1)", dependencies = {"rules-standard@[0.1,1)"},
            provides = {Capability.APPROVAL_RULE}, description = "斗门区规则", vendor = "斗门区", license = "Apache-2.0", priority = 5)
    static final class Annotated implements DistrictPlugin {
        Annotated() {
            throw new AssertionError("the descriptor must be readable without constructing the plug-in");
        }
    }

    static final class NotAnnotated implements DistrictPlugin {
    }

    @Test
    void is_read_from_the_annotation_without_running_plugin_code() {
        PluginDescriptor d = PluginDescriptor.of(Annotated.class);
        assertThat(d.id()).isEqualTo("doumen-rules");
        assertThat(d.version()).isEqualTo(Version.parse("1.2.0"));
        assertThat(d.requires().contains(Version.parse("0.1.0"))).isTrue();
        assertThat(d.dependencies()).extracting(PluginDependency::pluginId).containsExactly("rules-standard");
        assertThat(d.provides()).containsExactly(Capability.APPROVAL_RULE);
        assertThat(d.priority()).isEqualTo(5);
        assertThat(d.toString()).isEqualTo("'doumen-rules' 1.2.0");
    }

    @Test
    void a_class_without_a_manifest_is_named_in_the_error() {
        assertThatThrownBy(() -> PluginDescriptor.of(NotAnnotated.class)).hasMessageContaining("NotAnnotated has no @PluginManifest");
    }

    @Test
    void texts_need_both_languages() {
        assertThatThrownBy(() -> LocalizedText.of("", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(LocalizedText.of("中", "en").both()).isEqualTo("中 / en");
        WeishiException e = new WeishiException("WS-X-001", LocalizedText.of("坏了", "broken"));
        assertThat(e.getMessage()).isEqualTo("[WS-X-001] broken / 坏了");
        assertThat(e.code()).isEqualTo("WS-X-001");
    }
}
