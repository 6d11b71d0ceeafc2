package org.weishi.plugins.disclosure.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.weishi.spi.Money;
import org.weishi.spi.disclosure.Audience;
import org.weishi.spi.disclosure.CouncilDecisionDisclosure;
import org.weishi.spi.disclosure.Disclosure;
import org.weishi.spi.disclosure.FundingSource;
import org.weishi.spi.disclosure.Implementer;
import org.weishi.spi.disclosure.Payment;
import org.weishi.spi.disclosure.ProgressReportDisclosure;
import org.weishi.spi.disclosure.ProjectDisclosure;
import org.weishi.spi.disclosure.PublishOptions;
import org.weishi.spi.disclosure.StageDisclosure;

class OcdsPublisherTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2021-03-15T02:00:00Z");
    private static final String[] PATH = {"PROPOSE:PROPOSED", "SUBMIT_FOR_REVIEW:PRE_REVIEW", "PASS_REVIEW:DELIBERATION",
            "PASS_VOTE:NOTICE", "APPROVE:APPROVED", "START:IMPLEMENTING", "SUBMIT_FOR_ACCEPTANCE:ACCEPTANCE",
            "ACCEPT:COMPLETED", "CLOSE:CLOSED"};

    /** A project moved along the main path up to {@code steps} steps, with money, donor, payments. */
    static ProjectDisclosure project(int i, int steps, String endState) {
        List<StageDisclosure> timeline = new ArrayList<>();
        timeline.add(new StageDisclosure(T0, "DRAFT", null, "DRAFT", "COMMUNITY_COMMITTEE", null));
        String from = "DRAFT";
        for (int s = 0; s < steps; s++) {
            String[] a = PATH[s].split(":");
            timeline.add(new StageDisclosure(T0.plusSeconds(86_400L * (s + 1)), a[0], from, a[1], "TOWN_OFFICER", null));
            from = a[1];
        }
        String state = endState != null ? endState : from;
        boolean started = steps >= 6;
        ProjectDisclosure.Builder b = ProjectDisclosure.builder("P-%06d".formatted(i), state)
                .title("村道修缮工程").category("road-works", "道路建设").scope("doumen/baijiao/erlong", "二龙村")
                .kind("MICRO").type(i % 3 == 0 ? "GOODS" : i % 3 == 1 ? "ENGINEERING" : "SERVICE").year(2021)
                .organiser("二龙村村委会").budget(Money.parse("320000.00"))
                .fundingSources(List.of(new FundingSource("public-finance", "斗门区财政", FundingSource.Kind.PUBLIC_FINANCE, Money.ofYuan(300_000)),
                        new FundingSource("doumen-foundation", "斗门区社区基金会", FundingSource.Kind.FOUNDATION, Money.ofYuan(20_000))))
                .description("进村道路破损严重，雨天积水难行").timeline(timeline).demandIds(List.of("D-000001"))
                .dates(T0, timeline.get(timeline.size() - 1).at());
        if (steps >= 4) {
            b.councilDecisions(List.of(new CouncilDecisionDisclosure("M-000009", "2021年第9次居民议事会", T0.plusSeconds(86_400 * 4),
                    6, 7, 4, 1, 1, true, "会议纪要存档")));
        }
        if (started) {
            b.implementer(new Implementer("impl-9", "珠海市某建设工程有限公司"))
                    .progressReports(List.of(new ProgressReportDisclosure("2021Q3", "进度正常")))
                    .payments(List.of(new Payment("pay-1", T0.plusSeconds(86_400 * 7), Money.ofYuan(100_000), "public-finance", "impl-9"),
                            new Payment("pay-2", T0.plusSeconds(86_400 * 9), Money.ofYuan(20_000), "doumen-foundation", "impl-9")));
        }
        if (steps >= 8) b.acceptanceResult("PASSED").actualCost(Money.parse("318500.40"));
        return b.build();
    }

    static Disclosure sample(Audience audience) {
        List<ProjectDisclosure> ps = new ArrayList<>();
        for (int steps = 0; steps <= PATH.length; steps++) ps.add(project(steps + 1, steps, null));
        ps.add(project(20, 3, "REJECTED"));
        ps.add(project(21, 6, "TERMINATED"));
        ps.add(project(22, 6, "SUSPENDED"));
        ps.add(ProjectDisclosure.builder("P-000023", "PROPOSED").withheld("title").build()); // almost everything withheld
        return new Disclosure("斗门区", "doumen", "斗门区", audience, T0.plusSeconds(86_400 * 30), 999, ps, List.of());
    }

    private static JsonNode publish(OcdsPublisher p, Disclosure d, PublishOptions o) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.publish(d, o, out);
        return MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("every stage, public and internal, validates against OCDS 1.1.5: 0 errors")
    void validates() throws IOException {
        for (Audience a : Audience.values()) {
            JsonNode pkg = publish(new OcdsPublisher(Map.of()), sample(a), PublishOptions.all());
            assertThat(OcdsSchema.validate(pkg)).as(a.name()).isEmpty();
        }
        // The validator is not vacuous: a tag outside the closed codelist and a missing ocid are errors.
        JsonNode broken = publish(new OcdsPublisher(Map.of()), sample(Audience.PUBLIC), PublishOptions.all());
        ((com.fasterxml.jackson.databind.node.ArrayNode) broken.path("releases").get(0).path("tag")).add("finished");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("releases").get(1)).remove("ocid");
        assertThat(OcdsSchema.validate(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("one ocid per project, parties with roles, budget, contracts with milestones, transactions and acceptance")
    void mapping() throws IOException {
        JsonNode pkg = publish(new OcdsPublisher(Map.of("ocidPrefix", "ocds-abc123-")), sample(Audience.PUBLIC), PublishOptions.all());
        JsonNode releases = pkg.path("releases");
        assertThat(releases.size()).isEqualTo(14);
        List<String> ocids = new ArrayList<>();
        releases.forEach(r -> ocids.add(r.path("ocid").asText()));
        assertThat(ocids).doesNotHaveDuplicates().allMatch(o -> o.startsWith("ocds-abc123-P-"));
        assertThat(pkg.has("x_weishi_audience")).isFalse();

        JsonNode closed = releases.get(9);
        assertThat(closed.path("tag").toString()).isEqualTo("[\"implementation\"]");
        assertThat(closed.path("planning").path("budget").path("amount").path("amount").decimalValue()).isEqualByComparingTo("320000");
        assertThat(closed.path("planning").path("budget").path("amount").path("currency").asText()).isEqualTo("CNY");
        Map<String, String> roles = new java.util.TreeMap<>();
        closed.path("parties").forEach(p -> roles.put(p.path("name").asText(), p.path("roles").toString()));
        assertThat(roles).containsEntry("二龙村村委会", "[\"buyer\",\"procuringEntity\"]")
                .containsEntry("斗门区财政", "[\"funder\",\"payer\"]")
                .containsEntry("斗门区社区基金会", "[\"funder\",\"payer\"]")
                .containsEntry("珠海市某建设工程有限公司", "[\"supplier\",\"payee\"]");
        JsonNode contract = closed.path("contracts").get(0);
        assertThat(contract.path("awardID").asText()).isEqualTo(closed.path("awards").get(0).path("id").asText());
        assertThat(contract.path("value").path("amount").decimalValue()).isEqualByComparingTo("318500.40");
        JsonNode impl = contract.path("implementation");
        assertThat(impl.path("transactions").size()).isEqualTo(2);
        assertThat(impl.path("transactions").get(1).path("payer").path("name").asText()).isEqualTo("斗门区社区基金会");
        assertThat(impl.path("documents").get(0).path("documentType").asText()).isEqualTo("completionCertificate");
        List<String> types = new ArrayList<>();
        impl.path("milestones").forEach(m -> types.add(m.path("type").asText()));
        assertThat(types).contains("delivery", "assessment", "reporting");
        assertThat(closed.path("planning").path("milestones").size()).isEqualTo(7); // draft … approval + the council vote
        closed.path("planning").path("milestones").forEach(m -> {
            assertThat(m.path("dateMet").asText()).isNotBlank();
            assertThat(m.path("description").asText()).contains("deciding body");
        });

        assertThat(releases.get(0).path("tag").toString()).isEqualTo("[\"planning\"]");
        assertThat(releases.get(5).path("tag").toString()).isEqualTo("[\"tender\"]");
        assertThat(releases.get(6).path("tag").toString()).isEqualTo("[\"award\",\"contract\",\"implementation\"]");
        assertThat(releases.get(10).path("tag").toString()).isEqualTo("[\"tenderCancellation\"]");
        assertThat(releases.get(11).path("tag").toString()).isEqualTo("[\"contractTermination\"]");
        assertThat(releases.get(11).path("contracts").get(0).path("status").asText()).isEqualTo("terminated");
        assertThat(releases.get(13).path("x_weishi_withheld").toString()).contains("title");
    }

    @Test
    @DisplayName("the internal package says so at the top; an empty scope is refused with a clear message")
    void internalAndEmpty() throws IOException {
        JsonNode pkg = publish(new OcdsPublisher(Map.of()), sample(Audience.INTERNAL), PublishOptions.all());
        assertThat(pkg.path("x_weishi_audience").asText()).isEqualTo("INTERNAL");
        assertThat(pkg.path("x_weishi_warning").asText()).contains("内部资料");
        Disclosure empty = new Disclosure("斗门区", "doumen/baijiao", "白蕉镇", Audience.PUBLIC, T0, 1, List.of(), List.of());
        assertThatThrownBy(() -> publish(new OcdsPublisher(Map.of()), empty, PublishOptions.all()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WS-DISCLOSE-020").hasMessageContaining("no disclosed project");
        assertThat(new OcdsPlugin().disclosurePublishers()).extracting(p -> p.format()).containsExactly("ocds");
    }
}
