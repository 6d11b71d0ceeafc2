package org.weishi.plugins.disclosure.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.weishi.spi.disclosure.DemandDisclosure;
import org.weishi.spi.disclosure.Disclosure;
import org.weishi.spi.disclosure.FundingSource;
import org.weishi.spi.disclosure.Implementer;
import org.weishi.spi.disclosure.ObjectionDisclosure;
import org.weishi.spi.disclosure.Payment;
import org.weishi.spi.disclosure.PersonDisclosure;
import org.weishi.spi.disclosure.ProgressReportDisclosure;
import org.weishi.spi.disclosure.ProjectDisclosure;
import org.weishi.spi.disclosure.PublishOptions;
import org.weishi.spi.disclosure.StageDisclosure;

class FeedPublisherTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2021-03-15T02:00:00Z");
    private final FeedPublisher publisher = new FeedPublisher();

    static Disclosure sample(Audience audience, int projects, int demands) {
        List<ProjectDisclosure> ps = new ArrayList<>();
        for (int i = 1; i <= projects; i++) {
            ps.add(ProjectDisclosure.builder("P-%06d".formatted(i), "COMPLETED")
                    .title("西埔社区长者助餐服务").category("elderly-care", "养老").scope("doumen/jingan/xipu", "西埔社区")
                    .kind("MICRO").type("SERVICE").year(2021).organiser("西埔社区居委会").budget(Money.ofYuan(150_000))
                    .actualCost(Money.parse("148000.50"))
                    .fundingSources(List.of(new FundingSource("public-finance", "斗门区财政", FundingSource.Kind.PUBLIC_FINANCE, Money.ofYuan(150_000))))
                    .implementer(new Implementer("impl-1", "斗门区社工服务中心")).acceptanceResult("PASSED")
                    .description("为辖区独居老人提供送餐")
                    .timeline(List.of(new StageDisclosure(T0, "DRAFT", null, "DRAFT", "COMMUNITY_COMMITTEE", null),
                            new StageDisclosure(T0.plusSeconds(60), "PASS_VOTE", "DELIBERATION", "NOTICE", "COUNCIL_MEMBER", "表决通过")))
                    .demandIds(List.of("D-000001"))
                    .progressReports(List.of(new ProgressReportDisclosure("2021Q3", "进度正常")))
                    .objections(List.of(new ObjectionDisclosure("O-1", T0, "希望说明工期", "DISMISSED", "已公布方案")))
                    .councilDecisions(List.of(new CouncilDecisionDisclosure("M-000001", "2021年第1次居民议事会", T0.plusSeconds(60),
                            6, 7, 5, 1, 0, true, "议事会就1个项目进行协商表决")))
                    .payments(List.of(new Payment("pay-1", T0.plusSeconds(3600), Money.parse("148000.50"), "public-finance", "impl-1")))
                    .dates(T0, T0.plusSeconds(7200)).withheld("timelineReason").build());
        }
        List<DemandDisclosure> ds = new ArrayList<>();
        boolean internal = audience == Audience.INTERNAL;
        for (int i = 1; i <= demands; i++) {
            PersonDisclosure who = internal ? new PersonDisclosure("张小三", "13812341234", "11010519491231002X", "新青路12号")
                    : new PersonDisclosure("张*三", null, null, null);
            ds.add(new DemandDisclosure("D-%06d".formatted(i), "ADOPTED", "MINI_PROGRAM", "elderly-care", "doumen/jingan/xipu",
                    "西埔社区", "独居老人助餐", "希望有送餐服务", 12, who, "P-000001", null, internal ? 5 : null, T0, T0, List.of()));
        }
        return new Disclosure("斗门区", "doumen", "斗门区", audience, T0, 42, ps, ds);
    }

    private JsonNode publish(Disclosure d, PublishOptions o) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            publisher.publish(d, o, out);
            return MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Error> validate(JsonNode feed) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(iri -> iri.equals(FeedPublisher.SCHEMA_ID) ? schemaText() : null)
                        .schemaLoader(l -> l.fetchRemoteResources(false)));
        Schema schema = registry.getSchema(SchemaLocation.of(FeedPublisher.SCHEMA_ID));
        return schema.validate(feed);
    }

    static String schemaText() {
        try (InputStream in = FeedPublisher.class.getResourceAsStream("/META-INF/weishi/disclosure-feed.schema.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("the public feed validates against the feed's own schema; money as decimal strings")
    void publicFeed() {
        JsonNode feed = publish(sample(Audience.PUBLIC, 3, 2), PublishOptions.all());
        assertThat(validate(feed)).isEmpty();
        assertThat(feed.path("audience").asText()).isEqualTo("PUBLIC");
        assertThat(feed.has("internalUseOnly")).isFalse();
        assertThat(feed.path("money").path("budget").asText()).isEqualTo("450000.00");
        assertThat(feed.path("money").path("actualCost").asText()).isEqualTo("444001.50");
        assertThat(feed.path("projects").get(0).path("timeline").get(1).path("decidingBody").asText()).isEqualTo("COUNCIL_MEMBER");
        assertThat(feed.path("demands").get(0).path("submitter").path("name").asText()).isEqualTo("张*三");
        assertThat(feed.path("page").path("nextOffset").isNull()).isTrue();
        assertThat(feed.path("projects").get(0).path("councilDecisions").get(0).path("votesFor").asInt()).isEqualTo(5);
    }

    @Test
    @DisplayName("the internal feed says so at the top; the schema refuses personal fields in a public feed")
    void internalFeed() {
        JsonNode feed = publish(sample(Audience.INTERNAL, 1, 1), PublishOptions.all());
        assertThat(validate(feed)).isEmpty();
        assertThat(feed.path("internalUseOnly").asBoolean()).isTrue();
        assertThat(feed.path("warning").asText()).contains("INTERNAL", "内部资料");
        // A publisher bug that wrote phones into a PUBLIC feed would fail the schema.
        ((com.fasterxml.jackson.databind.node.ObjectNode) feed).put("audience", "PUBLIC");
        ((com.fasterxml.jackson.databind.node.ObjectNode) feed).remove(List.of("internalUseOnly", "warning"));
        assertThat(validate(feed)).isNotEmpty();
    }

    @Test
    @DisplayName("paging: projects then demands as one sequence; nextOffset until the last page; totals cover the scope")
    void paging() {
        Disclosure d = sample(Audience.PUBLIC, 3, 4);
        List<String> ids = new ArrayList<>();
        long offset = 0;
        int pages = 0;
        while (true) {
            JsonNode page = publish(d, new PublishOptions(2, offset, Map.of()));
            assertThat(validate(page)).isEmpty();
            assertThat(page.path("totals").path("projects").asInt()).isEqualTo(3);
            assertThat(page.path("page").path("totalItems").asInt()).isEqualTo(7);
            page.path("projects").forEach(p -> ids.add(p.path("id").asText()));
            page.path("demands").forEach(p -> ids.add(p.path("id").asText()));
            pages++;
            if (page.path("page").path("nextOffset").isNull()) break;
            offset = page.path("page").path("nextOffset").asLong();
        }
        assertThat(pages).isEqualTo(4);
        assertThat(ids).containsExactly("P-000001", "P-000002", "P-000003", "D-000001", "D-000002", "D-000003", "D-000004");
        JsonNode beyond = publish(d, new PublishOptions(2, 100, Map.of()));
        assertThat(beyond.path("page").path("items").asInt()).isZero();
        assertThat(beyond.path("page").path("nextOffset").isNull()).isTrue();
    }

    @Test
    @DisplayName("equal input gives equal bytes")
    void deterministic() throws IOException {
        Disclosure d = sample(Audience.PUBLIC, 2, 2);
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        publisher.publish(d, PublishOptions.all(), a);
        publisher.publish(d, PublishOptions.all(), b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
        assertThat(new FeedPlugin().disclosurePublishers()).extracting(p -> p.format()).containsExactly("feed");
    }
}
