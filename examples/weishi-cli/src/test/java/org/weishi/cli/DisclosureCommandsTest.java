package org.weishi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.weishi.core.disclosure.PiiKind;
import org.weishi.core.disclosure.Redaction;
import org.weishi.core.disclosure.TextRedactor;
import org.weishi.plugins.disclosure.feed.FeedPublisher;

/** Issue 6, "done when": the demo's public outputs hold no phone, no valid ID number, no health detail; the internal ones do. */
class DisclosureCommandsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    @TempDir
    static Path dir;
    static String publicFeed;
    static String publicOcds;
    static String internalFeed;
    static String internalOcds;

    @BeforeAll
    static void runTheDemoTwice() throws IOException {
        MainTest.Run pub = MainTest.run("demo", "--summary", "--out", dir.resolve("public").toString());
        assertThat(pub.status()).as(pub.err()).isZero();
        assertThat(pub.out()).contains("PUBLIC disclosure written to").contains("feed.json").contains("ocds.json");
        MainTest.Run internal = MainTest.run("demo", "--summary", "--out", dir.resolve("internal").toString(), "--internal");
        assertThat(internal.status()).as(internal.err()).isZero();
        publicFeed = Files.readString(dir.resolve("public/feed.json"));
        publicOcds = Files.readString(dir.resolve("public/ocds.json"));
        internalFeed = Files.readString(dir.resolve("internal/feed.json"));
        internalOcds = Files.readString(dir.resolve("internal/ocds.json"));
    }

    private static List<Redaction.Finding> numbers(String text) {
        Redaction r = TextRedactor.builder().labelledNames(false).addresses(false).landlines(false).build().redact(text);
        return r.findings().stream().filter(f -> f.kind() == PiiKind.MOBILE || f.kind() == PiiKind.RESIDENT_ID).toList();
    }

    @Test
    @DisplayName("public feed and OCDS: no mobile number, no valid ID number, no health or disability detail, no full name")
    void publicOutputsHoldNoPersonalData() throws IOException {
        for (String text : List.of(publicFeed, publicOcds)) {
            assertThat(numbers(text)).as("mobile/ID numbers found by the detectors").isEmpty();
            assertThat(text).doesNotContain("卫生间是蹲厕", "母亲卧床多年", "家中有残疾人", "\"phone\"", "\"idNumber\"", "\"address\"");
        }
        JsonNode feed = MAPPER.readTree(publicFeed);
        assertThat(feed.path("audience").asText()).isEqualTo("PUBLIC");
        assertThat(feed.has("internalUseOnly")).isFalse();
        // Every resident's full name (from the internal file) is absent from the public files.
        JsonNode internal = MAPPER.readTree(internalFeed);
        int names = 0;
        for (JsonNode d : internal.path("demands")) {
            String name = d.path("submitter").path("name").asText(null);
            if (name == null) continue;
            names++;
            assertThat(publicFeed).doesNotContain("\"" + name + "\"");
            assertThat(publicOcds).doesNotContain(name);
        }
        assertThat(names).isEqualTo(internal.path("totals").path("demands").asInt());
        // The disabled resident's and the bedridden resident's demands are there, without their detail.
        long sensitive = 0;
        for (JsonNode d : feed.path("demands")) {
            if (d.path("withheld").toString().contains("description")) {
                sensitive++;
                assertThat(d.has("description") || d.has("title") || d.has("submitter")).isFalse();
            }
        }
        assertThat(sensitive).isPositive();
        assertThat(publicFeed).contains("困难残疾人及老人家庭居家安全改造"); // the project's public title stays
    }

    @Test
    @DisplayName("the internal files hold the personal data, and say at the top that they are internal")
    void internalOutputsHoldIt() throws IOException {
        assertThat(numbers(internalFeed)).hasSizeGreaterThan(1000);
        assertThat(internalFeed).contains("母亲卧床多年");
        JsonNode feed = MAPPER.readTree(internalFeed);
        assertThat(feed.path("audience").asText()).isEqualTo("INTERNAL");
        assertThat(feed.path("internalUseOnly").asBoolean()).isTrue();
        assertThat(MAPPER.readTree(internalOcds).path("x_weishi_audience").asText()).isEqualTo("INTERNAL");
    }

    @Test
    @DisplayName("the demo's OCDS export validates against OCDS 1.1.5 with 0 errors (public and internal)")
    void ocdsValidates() throws IOException {
        for (String text : List.of(publicOcds, internalOcds)) {
            JsonNode pkg = MAPPER.readTree(text);
            assertThat(pkg.path("releases").size()).isEqualTo(624);
            assertThat(OcdsSchema.validate(pkg)).isEmpty();
        }
    }

    @Test
    @DisplayName("the demo's feed validates against the feed's schema, and shows every stage with date and body")
    void feedValidates() throws IOException {
        String schema;
        try (InputStream in = FeedPublisher.class.getResourceAsStream("/META-INF/weishi/disclosure-feed.schema.json")) {
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(Map.of(FeedPublisher.SCHEMA_ID, schema)).schemaLoader(l -> l.fetchRemoteResources(false)));
        var s = registry.getSchema(SchemaLocation.of(FeedPublisher.SCHEMA_ID));
        for (String text : List.of(publicFeed, internalFeed)) assertThat(s.validate(MAPPER.readTree(text))).isEmpty();
        JsonNode feed = MAPPER.readTree(publicFeed);
        assertThat(feed.path("totals").path("projects").asInt()).isEqualTo(624);
        int decided = 0;
        for (JsonNode p : feed.path("projects")) {
            assertThat(p.path("timeline").size()).isPositive();
            p.path("timeline").forEach(t -> {
                assertThat(t.path("at").asText()).isNotBlank();
                assertThat(t.path("decidingBody").asText()).isNotBlank();
            });
            for (JsonNode c : p.path("councilDecisions")) {
                decided++;
                assertThat(c.path("votesFor").asInt()).isGreaterThan(c.path("membersPresent").asInt() / 2);
            }
        }
        assertThat(decided).as("council votes with tallies (居民议事会)").isPositive();
    }

    @Test
    @DisplayName("export and erase: clear errors and status 2 for an unknown scope, format, store or person")
    void badInput() {
        Path out = dir.resolve("x.json");
        MainTest.Run r = MainTest.run("export", "--store", "memory", "--format", "feed", "--scope", "doumen/atlantis", "--out", out.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("WS-DISCLOSE-010", "scope 'doumen/atlantis' does not exist");
        assertThat(out).doesNotExist();
        r = MainTest.run("export", "--store", "memory", "--format", "pdf", "--out", out.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("unknown format 'pdf'", "feed", "ocds");
        r = MainTest.run("export", "--store", "mongodb://x", "--format", "feed", "--out", out.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("unknown store 'mongodb://x'");
        r = MainTest.run("export", "--store", "memory", "--format", "ocds", "--out", out.toString());
        assertThat(r.status()).as("an empty store has nothing to put in a release package").isEqualTo(2);
        assertThat(r.err()).contains("WS-DISCLOSE-020");
        assertThat(out).doesNotExist();
        r = MainTest.run("erase", "--store", "memory", "--person", "psn-nobody");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("WS-DISCLOSE-030", "no personal data for person 'psn-nobody'");
        Path policy = dir.resolve("policy.json");
        try {
            Files.writeString(policy, """
                    {"rules": [{"aggregate": "demand", "field": "submitterPhone", "visibility": "PUBLIC"},
                               {"aggregate": "child-demand", "field": "description", "visibility": "MASKED"}]}""");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        r = MainTest.run("export", "--store", "memory", "--format", "feed", "--policy", policy.toString(), "--out", out.toString());
        assertThat(r.status()).as("a policy publishing NEVER fields is refused at start-up").isNotZero();
        assertThat(r.err()).contains("WS-DISCLOSE-001", "1) ", "submitterPhone", "2) ", "2 errors");
        assertThat(out).doesNotExist();
        r = MainTest.run("demo", "--internal");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--internal needs --out");
    }

    @Test
    @DisplayName("export of an (empty) memory store writes a valid, empty feed; the new commands have help")
    void exportMemory() throws IOException {
        Path out = dir.resolve("empty-feed.json");
        MainTest.Run r = MainTest.run("export", "--store", "memory", "--format", "feed", "--scope", "doumen/jingan", "--out", out.toString(),
                "--page-size", "10");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode feed = MAPPER.readTree(Files.readString(out));
        assertThat(feed.path("scope").path("name").asText()).isEqualTo("井岸镇");
        assertThat(feed.path("page").path("totalItems").asInt()).isZero();
        for (String sub : new String[] {"export", "erase"}) assertThat(MainTest.run(sub, "--help").status()).isZero();
        assertThat(MainTest.run("plugins").out()).contains("disclosure-feed", "disclosure-ocds");
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("public/feed.json"))))
                    .isEqualTo("rw-r--r--");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("internal/feed.json"))))
                    .as("internal files stay owner-only").isEqualTo("rw-------");
        }
    }

}
