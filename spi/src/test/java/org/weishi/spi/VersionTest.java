package org.weishi.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VersionTest {
    @Test
    void orders_like_semver_with_pre_releases_first() {
        assertThat(Version.parse("1.4")).isEqualTo(new Version(1, 4, 0, ""));
        assertThat(Version.parse("1.4.0-SNAPSHOT")).isLessThan(Version.parse("1.4.0"));
        assertThat(Version.parse("1.10.0")).isGreaterThan(Version.parse("1.9.9"));
        assertThat(Version.parse("2.0.0-rc.1").toString()).isEqualTo("2.0.0-rc.1");
        assertThatThrownBy(() -> Version.parse("one")).hasMessageContaining("'one' is not a version");
    }

    @Test
    void ranges_in_interval_notation() {
        VersionRange r = VersionRange.parse("[1.0,2.0)");
        assertThat(r.contains(Version.parse("1.0.0"))).isTrue();
        assertThat(r.contains(Version.parse("1.9.9"))).isTrue();
        assertThat(r.contains(Version.parse("2.0.0"))).isFalse();
        assertThat(r.contains(Version.parse("0.9"))).isFalse();
        assertThat(VersionRange.parse("(1.0,]").contains(Version.parse("1.0"))).isFalse();
        assertThat(VersionRange.parse("[1.2.0]").contains(Version.parse("1.2.1"))).isFalse();
        assertThat(VersionRange.parse("1.2").contains(Version.parse("7"))).isTrue();
        assertThat(VersionRange.parse("*").contains(Version.parse("0.0.1"))).isTrue();
        // a development build of the lower bound is accepted
        assertThat(VersionRange.parse("[0.1,1)").contains(Version.parse("0.1.0-SNAPSHOT"))).isTrue();
        assertThat(r.toString()).isEqualTo("[1.0.0,2.0.0)");
        assertThatThrownBy(() -> VersionRange.parse("[1.0,2.0")).hasMessageContaining("not a version range");
    }

    @Test
    void dependencies_parse_with_range_and_optional_marker() {
        PluginDependency d = PluginDependency.parse("storage-jdbc@[1.0,2)?");
        assertThat(d.pluginId()).isEqualTo("storage-jdbc");
        assertThat(d.optional()).isTrue();
        assertThat(d.versions().contains(Version.parse("1.5"))).isTrue();
        assertThat(PluginDependency.parse("rules-standard").versions()).isEqualTo(VersionRange.ANY);
        assertThatThrownBy(() -> PluginDependency.parse("Bad_Id")).hasMessageContaining("plug-in id 'Bad_Id'");
    }
}
