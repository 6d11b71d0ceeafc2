package org.weishi.plugins.disclosure.feed;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.weishi.spi.Money;
import org.weishi.spi.disclosure.Audience;
import org.weishi.spi.disclosure.CouncilDecisionDisclosure;
import org.weishi.spi.disclosure.DemandDisclosure;
import org.weishi.spi.disclosure.Disclosure;
import org.weishi.spi.disclosure.DisclosurePublisher;
import org.weishi.spi.disclosure.FundingSource;
import org.weishi.spi.disclosure.ObjectionDisclosure;
import org.weishi.spi.disclosure.Payment;
import org.weishi.spi.disclosure.PersonDisclosure;
import org.weishi.spi.disclosure.ProgressReportDisclosure;
import org.weishi.spi.disclosure.ProjectDisclosure;
import org.weishi.spi.disclosure.PublishOptions;
import org.weishi.spi.disclosure.StageDisclosure;

/**
 * Writes the weishi disclosure feed, schema version {@value #SCHEMA_VERSION} (see {@code docs/feed.md}
 * and {@code META-INF/weishi/disclosure-feed.schema.json}).
 *
 * <p>Paging: projects come first, then demands, as one sequence of items; a page holds
 * {@link PublishOptions#pageSize()} items from {@link PublishOptions#offset()} (0 = all), and
 * {@code page.nextOffset} gives the next page's offset, or null on the last page. Totals and money
 * always cover the whole scope, whatever the page.
 *
 * <p>Stateless and thread-safe; equal input gives equal bytes.
 */
public final class FeedPublisher implements DisclosurePublisher {
    /** The feed's schema version. */
    public static final String SCHEMA_VERSION = "1.0";
    /** The {@code $schema}-style identifier written into every feed. */
    public static final String SCHEMA_ID = "https://weishi.org/schema/disclosure-feed/1.0";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Creates the publisher. */
    public FeedPublisher() {
    }

    @Override
    public String format() {
        return "feed";
    }

    @Override
    public void publish(Disclosure d, PublishOptions options, OutputStream out) throws IOException {
        MAPPER.writeValue(out, toJson(d, options));
    }

    /**
     * @param d the disclosure
     * @param options page
     * @return the feed as a tree
     */
    public ObjectNode toJson(Disclosure d, PublishOptions options) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA_ID);
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("audience", d.audience().name());
        if (d.audience() == Audience.INTERNAL) {
            root.put("internalUseOnly", true);
            root.put("warning", "内部资料，含个人信息，仅供工作人员使用，不得公开 / INTERNAL: contains personal information;"
                    + " for officials only, never to be published");
        }
        root.put("district", d.district());
        ObjectNode scope = root.putObject("scope");
        scope.put("id", d.scopeId());
        scope.put("name", d.scopeName());
        root.put("generatedAt", d.generatedAt().toString());
        root.put("logPosition", d.logPosition());

        long total = (long) d.projects().size() + d.demands().size();
        long offset = Math.min(options.offset(), total);
        long end = options.pageSize() == 0 ? total : Math.min(total, offset + options.pageSize());
        ObjectNode page = root.putObject("page");
        page.put("offset", offset);
        page.put("size", options.pageSize());
        page.put("items", end - offset);
        page.put("totalItems", total);
        if (end < total) page.put("nextOffset", end); else page.putNull("nextOffset");

        ObjectNode totals = root.putObject("totals");
        totals.put("projects", d.projects().size());
        totals.put("demands", d.demands().size());
        ObjectNode money = root.putObject("money");
        money.put("currency", "CNY");
        money.put("budget", yuan(d.projects().stream().map(ProjectDisclosure::budget).filter(m -> m != null)
                .reduce(Money.ZERO, Money::plus)));
        money.put("actualCost", yuan(d.projects().stream().map(ProjectDisclosure::actualCost).filter(m -> m != null)
                .reduce(Money.ZERO, Money::plus)));
        money.put("paid", yuan(d.projects().stream().flatMap(p -> p.payments().stream()).map(Payment::amount)
                .reduce(Money.ZERO, Money::plus)));

        ArrayNode projects = root.putArray("projects");
        ArrayNode demands = root.putArray("demands");
        int p = d.projects().size();
        for (long i = offset; i < end; i++) {
            if (i < p) projects.add(project(d.projects().get((int) i)));
            else demands.add(demand(d.demands().get((int) (i - p))));
        }
        return root;
    }

    private static ObjectNode project(ProjectDisclosure p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", p.id());
        n.put("state", p.state());
        put(n, "title", p.title());
        if (p.category() != null) {
            ObjectNode c = n.putObject("category");
            c.put("code", p.category());
            put(c, "name", p.categoryName());
        }
        scope(n, p.scopeId(), p.scopeName());
        put(n, "kind", p.kind());
        put(n, "type", p.type());
        if (p.year() != null) n.put("year", p.year());
        put(n, "organiser", p.organiser());
        money(n, "budget", p.budget());
        money(n, "actualCost", p.actualCost());
        if (!p.fundingSources().isEmpty()) {
            ArrayNode a = n.putArray("fundingSources");
            for (FundingSource f : p.fundingSources()) {
                ObjectNode o = a.addObject();
                o.put("id", f.id());
                o.put("name", f.name());
                o.put("kind", f.kind().name());
                money(o, "amount", f.amount());
            }
        }
        if (p.implementer() != null) {
            ObjectNode o = n.putObject("implementer");
            o.put("id", p.implementer().id());
            o.put("name", p.implementer().name());
        }
        put(n, "acceptanceResult", p.acceptanceResult());
        put(n, "description", p.description());
        ArrayNode timeline = n.putArray("timeline");
        for (StageDisclosure s : p.timeline()) {
            ObjectNode o = timeline.addObject();
            o.put("at", s.at().toString());
            o.put("action", s.action());
            put(o, "from", s.from());
            o.put("to", s.to());
            put(o, "decidingBody", s.decidingBody());
            put(o, "reason", s.reason());
        }
        strings(n, "demandIds", p.demandIds());
        if (!p.progressReports().isEmpty()) {
            ArrayNode a = n.putArray("progressReports");
            for (ProgressReportDisclosure r : p.progressReports()) a.addObject().put("period", r.period()).put("text", r.text());
        }
        if (!p.objections().isEmpty()) {
            ArrayNode a = n.putArray("objections");
            for (ObjectionDisclosure o : p.objections()) {
                ObjectNode x = a.addObject();
                x.put("id", o.id());
                x.put("raisedAt", o.raisedAt().toString());
                put(x, "text", o.text());
                put(x, "ruling", o.ruling());
                put(x, "answer", o.answer());
            }
        }
        if (!p.councilDecisions().isEmpty()) {
            ArrayNode a = n.putArray("councilDecisions");
            for (CouncilDecisionDisclosure c : p.councilDecisions()) {
                ObjectNode x = a.addObject();
                x.put("meetingId", c.meetingId());
                put(x, "meetingTitle", c.meetingTitle());
                x.put("decidedAt", c.decidedAt().toString());
                x.put("membersPresent", c.membersPresent());
                x.put("members", c.members());
                x.put("votesFor", c.votesFor());
                x.put("votesAgainst", c.votesAgainst());
                x.put("abstentions", c.abstentions());
                x.put("passed", c.passed());
                put(x, "minutes", c.minutes());
            }
        }
        if (!p.payments().isEmpty()) {
            ArrayNode a = n.putArray("payments");
            for (Payment pay : p.payments()) {
                ObjectNode x = a.addObject();
                x.put("id", pay.id());
                x.put("at", pay.at().toString());
                money(x, "amount", pay.amount());
                put(x, "payerId", pay.payerId());
                put(x, "payeeId", pay.payeeId());
            }
        }
        instant(n, "draftedAt", p.draftedAt());
        instant(n, "updatedAt", p.updatedAt());
        strings(n, "withheld", p.withheld());
        return n;
    }

    private static ObjectNode demand(DemandDisclosure d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", d.id());
        n.put("state", d.state());
        put(n, "channel", d.channel());
        put(n, "category", d.category());
        scope(n, d.scopeId(), d.scopeName());
        put(n, "title", d.title());
        put(n, "description", d.description());
        if (d.beneficiaries() != null) n.put("beneficiaries", d.beneficiaries());
        PersonDisclosure s = d.submitter();
        if (s != null && !s.isEmpty()) {
            ObjectNode o = n.putObject("submitter");
            put(o, "name", s.name());
            put(o, "phone", s.phone());
            put(o, "idNumber", s.idNumber());
            put(o, "address", s.address());
        }
        put(n, "projectId", d.projectId());
        put(n, "mergedInto", d.mergedInto());
        if (d.satisfaction() != null) n.put("satisfaction", d.satisfaction());
        instant(n, "submittedAt", d.submittedAt());
        instant(n, "updatedAt", d.updatedAt());
        strings(n, "withheld", d.withheld());
        return n;
    }

    private static void scope(ObjectNode n, String id, String name) {
        if (id == null) return;
        ObjectNode s = n.putObject("scope");
        s.put("id", id);
        put(s, "name", name);
    }

    private static void put(ObjectNode n, String key, String value) {
        if (value != null) n.put(key, value);
    }

    private static void instant(ObjectNode n, String key, Instant value) {
        if (value != null) n.put(key, value.toString());
    }

    private static void strings(ObjectNode n, String key, List<String> values) {
        if (values.isEmpty()) return;
        ArrayNode a = n.putArray(key);
        values.forEach(a::add);
    }

    private static void money(ObjectNode n, String key, Money m) {
        if (m == null) return;
        ObjectNode o = n.putObject(key);
        o.put("amount", yuan(m));
        o.put("currency", "CNY");
    }

    /** Yuan as a decimal string with two places: money never travels as a binary float. */
    private static String yuan(Money m) {
        return m.toYuan().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

}
