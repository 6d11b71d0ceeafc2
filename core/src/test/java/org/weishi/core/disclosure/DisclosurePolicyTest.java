package org.weishi.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DisclosurePolicyTest {
    private final DisclosurePolicy defaults = DisclosurePolicy.defaults();

    @Test
    @DisplayName("defaults: money, bodies, dates and results public; names masked; personal data never; unknown internal")
    void defaults() {
        for (String f : new String[] {"title", "category", "community", "type", "budget", "actualCost", "fundingSources",
                "timeline", "implementer", "acceptanceResult"}) {
            assertThat(defaults.visibility("project", "APPROVED", f)).as(f).isEqualTo(Visibility.PUBLIC);
        }
        assertThat(defaults.visibility("demand", "ACCEPTED", "submitterName")).isEqualTo(Visibility.MASKED);
        for (String f : new String[] {"submitterPhone", "submitterIdNumber", "submitterAddress"}) {
            assertThat(defaults.visibility("demand", "ACCEPTED", f)).as(f).isEqualTo(Visibility.NEVER);
        }
        assertThat(defaults.visibility("sensitive-demand", "ACCEPTED", "description")).isEqualTo(Visibility.NEVER);
        assertThat(defaults.visibility("sensitive-demand", "ACCEPTED", "submitterName")).isEqualTo(Visibility.NEVER);
        assertThat(defaults.visibility("sensitive-project", "IMPLEMENTING", "description")).isEqualTo(Visibility.NEVER);
        assertThat(defaults.visibility("sensitive-project", "IMPLEMENTING", "title")).isEqualTo(Visibility.PUBLIC);
        assertThat(defaults.visibility("child-demand", "ACCEPTED", "id")).isEqualTo(Visibility.NEVER);
        assertThat(defaults.visibility("project", "DRAFT", "title")).isEqualTo(Visibility.INTERNAL);
        assertThat(defaults.visibility("demand", "ACCEPTED", "satisfaction")).isEqualTo(Visibility.INTERNAL);
        assertThat(defaults.visibility("nonsense", "ACCEPTED", "id")).isEqualTo(Visibility.NEVER);
    }

    @Test
    @DisplayName("a district override replaces a default; the most specific rule wins")
    void override() {
        DisclosurePolicy p = DisclosurePolicy.fromJson("""
                {"name": "doumen-2021", "rules": [
                  {"aggregate": "project", "field": "budget", "visibility": "INTERNAL"},
                  {"aggregate": "project", "stage": "APPROVED", "field": "budget", "visibility": "PUBLIC"},
                  {"aggregate": "demand", "stage": "REJECTED", "field": "*", "visibility": "INTERNAL"}]}
                """);
        assertThat(p.name()).isEqualTo("doumen-2021");
        assertThat(p.visibility("project", "PROPOSED", "budget")).isEqualTo(Visibility.INTERNAL);
        assertThat(p.visibility("project", "APPROVED", "budget")).isEqualTo(Visibility.PUBLIC);
        // a stage named (any field) beats a field named at any stage; a wildcard never reaches NEVER fields
        assertThat(p.visibility("demand", "REJECTED", "title")).isEqualTo(Visibility.INTERNAL);
        assertThat(p.visibility("demand", "ACCEPTED", "title")).isEqualTo(Visibility.PUBLIC);
        assertThat(p.visibility("demand", "REJECTED", "submitterPhone")).isEqualTo(Visibility.NEVER);
    }

    @Test
    @DisplayName("a policy that makes NEVER fields public is refused at start-up, every problem listed")
    void neverMadePublicIsRefused() {
        String json = """
                {"rules": [
                  {"aggregate": "demand", "field": "submitterPhone", "visibility": "PUBLIC"},
                  {"aggregate": "sensitive-demand", "field": "description", "visibility": "MASKED"},
                  {"aggregate": "child-demand", "stage": "ACCEPTED", "field": "title", "visibility": "PUBLIC"},
                  {"aggregate": "demand", "field": "submitterIdNumber", "visibility": "INTERNAL"},
                  {"aggregate": "demand", "field": "budget", "visibility": "PUBLIC"},
                  {"aggregate": "project", "stage": "FINISHED", "field": "title", "visibility": "PUBLIC"},
                  {"aggregate": "projects", "field": "title", "visibility": "PUBLIC"},
                  {"aggregate": "project", "field": "budget", "visibility": "SHOUT"},
                  {"aggregate": "project", "field": "budget", "visibility": "MASKED"},
                  {"field": "title", "visibility": "PUBLIC"}],
                 "colour": "red"}
                """;
        assertThatThrownBy(() -> DisclosurePolicy.fromJson(json))
                .isInstanceOfSatisfying(DisclosurePolicyException.class, e -> {
                    assertThat(e.code()).isEqualTo("WS-DISCLOSE-001");
                    assertThat(e.problems()).hasSize(11);
                    assertThat(e.getMessage())
                            .contains("1) unknown key 'colour'")
                            .contains("field 'submitterPhone' is NEVER published")
                            .contains("field 'description' is NEVER published")
                            .contains("field 'title' is NEVER published")
                            .contains("field 'submitterIdNumber' is NEVER published")
                            .contains("unknown field 'budget'")
                            .contains("unknown stage 'FINISHED'")
                            .contains("unknown aggregate type 'projects'")
                            .contains("unknown visibility 'SHOUT'")
                            .contains("field 'budget' has no masked form")
                            .contains("rules[9] is missing 'aggregate'")
                            .contains("11 errors")
                            .contains("字段 'submitterPhone' 永不公开")
                            .contains("共 11 个问题");
                });
    }

    @Test
    @DisplayName("the builder refuses the same way")
    void builderRefuses() {
        assertThatThrownBy(() -> DisclosurePolicy.builder()
                .rule("demand", "*", "submitterAddress", Visibility.MASKED)
                .childAge(12)
                .build())
                .isInstanceOfSatisfying(DisclosurePolicyException.class, e -> assertThat(e.problems()).hasSize(2));
        assertThatThrownBy(() -> DisclosurePolicy.fromJson("{not json"))
                .isInstanceOf(DisclosurePolicyException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    @DisplayName("health and disability: by category, or by a keyword in the text")
    void sensitive() {
        assertThat(defaults.isSensitive("special-groups", "居家安全改造")).isTrue();
        assertThat(defaults.isSensitive("elderly-care", "卧床老人居家康复护理", "母亲卧床多年")).isTrue();
        assertThat(defaults.isSensitive("elderly-care", "独居老人助餐", "希望有长者饭堂")).isFalse();
        assertThat(defaults.isSensitive("road-works", "村道破损", null)).isFalse();
    }
}
