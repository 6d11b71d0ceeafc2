package org.weishi.plugins.disclosure.ocds;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.weishi.spi.Money;
import org.weishi.spi.disclosure.Audience;
import org.weishi.spi.disclosure.CouncilDecisionDisclosure;
import org.weishi.spi.disclosure.Disclosure;
import org.weishi.spi.disclosure.DisclosurePublisher;
import org.weishi.spi.disclosure.FundingSource;
import org.weishi.spi.disclosure.Payment;
import org.weishi.spi.disclosure.ProgressReportDisclosure;
import org.weishi.spi.disclosure.ProjectDisclosure;
import org.weishi.spi.disclosure.PublishOptions;
import org.weishi.spi.disclosure.StageDisclosure;

/**
 * Writes a disclosure as one OCDS 1.1.5 release package: one release per project, holding what is
 * known at its current stage.
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li>{@code ocid} = prefix + project id; release {@code id} = ocid + {@code -} + stage + the
 *       time of the last change, so a later export of a changed project is a new release.</li>
 *   <li>{@code tag} by stage: before approval {@code planning}; APPROVED {@code tender};
 *       IMPLEMENTING/SUSPENDED/ACCEPTANCE {@code award, contract, implementation}; COMPLETED/CLOSED
 *       {@code implementation}; REJECTED/WITHDRAWN {@code tenderCancellation}; TERMINATED
 *       {@code contractTermination}.</li>
 *   <li>{@code parties}: the organiser as {@code buyer} and {@code procuringEntity}; funding sources
 *       as {@code funder} (and {@code payer} when they paid); the implementer as {@code supplier}
 *       (and {@code payee}).</li>
 *   <li>{@code planning.budget} = the project's budget; {@code planning.milestones} = every stage
 *       up to approval, with its date and deciding body (可查可见); {@code planning.rationale} = the
 *       (redacted) description; each residents' council decision as an {@code approval} milestone
 *       with the tally and the (redacted) minutes.</li>
 *   <li>{@code tender} for the implementer's selection; {@code awards}/{@code contracts} once an
 *       implementer is known; {@code contracts.implementation.milestones} = start, progress reports
 *       and acceptance; {@code transactions} = payments; acceptance as a {@code completionCertificate}
 *       document.</li>
 *   <li>An {@link Audience#INTERNAL internal} package carries {@code x_weishi_audience} and
 *       {@code x_weishi_warning} at the top.</li>
 * </ul>
 * Paging does not apply: the package holds every project of the scope.
 *
 * <p>Stateless and thread-safe; equal input gives equal bytes.
 */
public final class OcdsPublisher implements DisclosurePublisher {
    /** The default ocid prefix (not registered: register your own before publishing for real). */
    public static final String DEFAULT_OCID_PREFIX = "ocds-weishi-";
    /** The default base URI of packages. */
    public static final String DEFAULT_PACKAGE_URI = "https://weishi.example.org/ocds/";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Map<String, String> defaults;

    /** @param settings {@code ocidPrefix}, {@code packageUri}; options given to {@link #publish} win */
    public OcdsPublisher(Map<String, String> settings) {
        this.defaults = Map.copyOf(settings);
    }

    @Override
    public String format() {
        return "ocds";
    }

    @Override
    public void publish(Disclosure d, PublishOptions options, OutputStream out) throws IOException {
        MAPPER.writeValue(out, toJson(d, options));
    }

    /**
     * @param d the disclosure
     * @param options settings ({@code ocidPrefix}, {@code packageUri})
     * @return the release package as a tree
     * @throws IllegalArgumentException when the scope has no project (a package needs a release)
     */
    public ObjectNode toJson(Disclosure d, PublishOptions options) {
        if (d.projects().isEmpty()) {
            throw new IllegalArgumentException("[WS-DISCLOSE-020] scope '" + d.scopeId() + "' has no disclosed project;"
                    + " an OCDS release package needs at least one release / 区域 '" + d.scopeId()
                    + "' 没有可公开的项目，OCDS 发布包至少需要一条发布");
        }
        String prefix = setting(options, "ocidPrefix", DEFAULT_OCID_PREFIX);
        String base = setting(options, "packageUri", DEFAULT_PACKAGE_URI);
        ObjectNode root = MAPPER.createObjectNode();
        if (d.audience() == Audience.INTERNAL) {
            root.put("x_weishi_audience", "INTERNAL");
            root.put("x_weishi_warning", "内部资料，未脱敏，仅供工作人员使用，不得公开 / INTERNAL: unredacted, for officials only,"
                    + " never to be published");
        }
        root.put("uri", base + d.scopeId().replace('/', '.') + (d.audience() == Audience.INTERNAL ? "-internal" : "")
                + "-" + d.logPosition() + ".json");
        root.put("version", "1.1");
        root.put("publishedDate", d.generatedAt().toString());
        ObjectNode publisher = root.putObject("publisher");
        publisher.put("name", d.district() + "民生微实事");
        root.put("x_weishi_scope", d.scopeId());
        ArrayNode releases = root.putArray("releases");
        for (ProjectDisclosure p : d.projects()) releases.add(release(p, prefix, d.generatedAt()));
        return root;
    }

    private String setting(PublishOptions options, String key, String fallback) {
        return options.setting(key).orElse(defaults.getOrDefault(key, fallback));
    }

    private static ObjectNode release(ProjectDisclosure p, String prefix, Instant generatedAt) {
        String ocid = prefix + p.id();
        Instant date = p.updatedAt() != null ? p.updatedAt() : generatedAt;
        ObjectNode r = MAPPER.createObjectNode();
        r.put("ocid", ocid);
        r.put("id", ocid + "-" + p.state().toLowerCase(Locale.ROOT) + "-" + date.getEpochSecond());
        r.put("date", date.toString());
        r.put("language", "zh");
        ArrayNode tags = r.putArray("tag");
        tags(p.state()).forEach(tags::add);
        r.put("initiationType", "tender");

        // Parties, by id, in a stable order.
        Map<String, ObjectNode> parties = new LinkedHashMap<>();
        String buyerId = null;
        if (p.organiser() != null) {
            buyerId = "organiser-" + p.organiser();
            party(parties, buyerId, p.organiser(), "buyer", "procuringEntity");
            ObjectNode buyer = r.putObject("buyer");
            buyer.put("id", buyerId);
            buyer.put("name", p.organiser());
        }
        for (FundingSource f : p.fundingSources()) party(parties, "funder-" + f.id(), f.name(), "funder");
        String supplierId = null;
        if (p.implementer() != null) {
            supplierId = "supplier-" + p.implementer().id();
            party(parties, supplierId, p.implementer().name(), "supplier");
        }
        for (Payment pay : p.payments()) {
            if (pay.payerId() != null && parties.containsKey("funder-" + pay.payerId())) addRole(parties.get("funder-" + pay.payerId()), "payer");
            if (supplierId != null) addRole(parties.get(supplierId), "payee");
        }

        // Planning: budget, rationale, and every stage up to approval with its date and body.
        ObjectNode planning = MAPPER.createObjectNode();
        if (p.budget() != null) {
            ObjectNode budget = planning.putObject("budget");
            budget.put("id", p.id() + "-budget");
            budget.put("description", fundingDescription(p));
            budget.set("amount", value(p.budget()));
            if (p.title() != null) budget.put("project", p.title());
            budget.put("projectID", p.id());
        }
        if (p.description() != null) planning.put("rationale", p.description());
        ArrayNode planningMilestones = MAPPER.createArrayNode();
        ArrayNode implementationMilestones = MAPPER.createArrayNode();
        int n = 0;
        Instant started = null;
        Instant accepted = null;
        for (StageDisclosure s : p.timeline()) {
            n++;
            boolean implementation = isImplementation(s.action());
            if (s.action().equals("START") && started == null) started = s.at();
            if (s.action().equals("ACCEPT")) accepted = s.at();
            ObjectNode m = (implementation ? implementationMilestones : planningMilestones).addObject();
            m.put("id", p.id() + "-stage-" + n);
            m.put("title", s.from() == null ? s.to() : s.action() + " → " + s.to());
            m.put("type", implementation ? (s.action().equals("ACCEPT") || s.action().equals("REWORK") ? "assessment" : "delivery")
                    : s.action().equals("APPROVE") || s.action().startsWith("PASS_") ? "approval" : "preProcurement");
            m.put("description", "决定机构 deciding body: " + (s.decidingBody() == null ? "-" : s.decidingBody())
                    + (s.reason() == null ? "" : "；理由 reason: " + s.reason()));
            m.put("code", s.to());
            m.put("status", "met");
            m.put("dateMet", s.at().toString());
        }
        for (CouncilDecisionDisclosure c : p.councilDecisions()) {
            ObjectNode m = planningMilestones.addObject();
            m.put("id", p.id() + "-council-" + c.meetingId());
            m.put("title", "居民议事会表决 residents' council vote" + (c.meetingTitle() == null ? "" : ": " + c.meetingTitle()));
            m.put("type", "approval");
            m.put("description", "决定机构 deciding body: 居民议事会 residents' council；到会 present " + c.membersPresent() + "/" + c.members() + "；赞成 for " + c.votesFor()
                    + "，反对 against " + c.votesAgainst() + "，弃权 abstained " + c.abstentions()
                    + (c.minutes() == null ? "" : "；纪要 minutes: " + c.minutes()));
            m.put("code", c.meetingId());
            m.put("status", c.passed() ? "met" : "notMet");
            m.put("dateMet", c.decidedAt().toString());
        }
        if (!planningMilestones.isEmpty()) planning.set("milestones", planningMilestones);
        if (!planning.isEmpty()) r.set("planning", planning);

        // Tender: the selection of the implementer.
        ObjectNode tender = r.putObject("tender");
        tender.put("id", ocid + "-tender");
        if (p.title() != null) tender.put("title", p.title());
        tender.put("status", tenderStatus(p.state()));
        if (p.type() != null) tender.put("mainProcurementCategory", category(p.type()));
        if (p.budget() != null) tender.set("value", value(p.budget()));
        if (buyerId != null) tender.set("procuringEntity", ref(buyerId, p.organiser()));

        if (p.implementer() != null) {
            String awardId = ocid + "-award-1";
            ObjectNode award = r.putArray("awards").addObject();
            award.put("id", awardId);
            award.put("status", "active");
            if (started != null) award.put("date", started.toString());
            if (p.budget() != null) award.set("value", value(p.budget()));
            award.putArray("suppliers").add(ref(supplierId, p.implementer().name()));

            ObjectNode contract = r.putArray("contracts").addObject();
            contract.put("id", ocid + "-contract-1");
            contract.put("awardID", awardId);
            if (p.title() != null) contract.put("title", p.title());
            contract.put("status", contractStatus(p.state()));
            Money value = p.actualCost() != null ? p.actualCost() : p.budget();
            if (value != null) contract.set("value", value(value));
            if (started != null) contract.put("dateSigned", started.toString());
            ObjectNode implementation = contract.putObject("implementation");
            for (ProgressReportDisclosure rep : p.progressReports()) {
                ObjectNode m = implementationMilestones.addObject();
                m.put("id", p.id() + "-report-" + rep.period());
                m.put("title", "定期议账 progress report " + rep.period());
                m.put("type", "reporting");
                m.put("description", rep.text());
                m.put("code", rep.period());
                m.put("status", "met");
            }
            if (!implementationMilestones.isEmpty()) implementation.set("milestones", implementationMilestones);
            if (!p.payments().isEmpty()) {
                ArrayNode tx = implementation.putArray("transactions");
                for (Payment pay : p.payments()) {
                    ObjectNode t = tx.addObject();
                    t.put("id", pay.id());
                    t.put("date", pay.at().toString());
                    t.set("value", value(pay.amount()));
                    if (pay.payerId() != null && parties.containsKey("funder-" + pay.payerId())) {
                        t.set("payer", ref("funder-" + pay.payerId(), parties.get("funder-" + pay.payerId()).path("name").asText()));
                    }
                    t.set("payee", ref(supplierId, p.implementer().name()));
                }
            }
            if (p.acceptanceResult() != null) {
                ObjectNode doc = implementation.putArray("documents").addObject();
                doc.put("id", p.id() + "-acceptance");
                doc.put("documentType", "completionCertificate");
                doc.put("title", p.acceptanceResult().equals("PASSED") ? "验收通过 acceptance passed" : "验收不通过，整改 rework required");
                doc.put("description", "验收结果 acceptance result: " + p.acceptanceResult());
                if (accepted != null) doc.put("datePublished", accepted.toString());
                doc.put("language", "zh");
            }
            if (implementation.isEmpty()) contract.remove("implementation");
        } else if (!implementationMilestones.isEmpty()) {
            // Implementation steps without a disclosed implementer: keep them visible on the tender.
            tender.set("milestones", implementationMilestones);
        }

        ArrayNode partyArray = MAPPER.createArrayNode();
        parties.values().forEach(partyArray::add);
        r.set("parties", partyArray);
        if (!p.withheld().isEmpty()) {
            ArrayNode w = r.putArray("x_weishi_withheld");
            p.withheld().forEach(w::add);
        }
        return r;
    }

    private static String fundingDescription(ProjectDisclosure p) {
        if (p.fundingSources().isEmpty()) return "资金来源未公开 funding not disclosed";
        StringBuilder b = new StringBuilder("资金来源 funding: ");
        for (int i = 0; i < p.fundingSources().size(); i++) {
            FundingSource f = p.fundingSources().get(i);
            if (i > 0) b.append("; ");
            b.append(f.name()).append(" (").append(f.kind().name()).append(")");
            if (f.amount() != null) b.append(" ").append(f.amount().toYuan().toPlainString()).append(" CNY");
        }
        return b.toString();
    }

    private static boolean isImplementation(String action) {
        return switch (action) {
            case "START", "SUSPEND", "RESUME", "SUBMIT_FOR_ACCEPTANCE", "ACCEPT", "REWORK", "CLOSE", "TERMINATE" -> true;
            default -> false;
        };
    }

    static List<String> tags(String state) {
        return switch (state) {
            case "APPROVED" -> List.of("tender");
            case "IMPLEMENTING", "SUSPENDED", "ACCEPTANCE" -> List.of("award", "contract", "implementation");
            case "COMPLETED", "CLOSED" -> List.of("implementation");
            case "REJECTED", "WITHDRAWN" -> List.of("tenderCancellation");
            case "TERMINATED" -> List.of("contractTermination");
            default -> List.of("planning");
        };
    }

    private static String tenderStatus(String state) {
        return switch (state) {
            case "DRAFT", "PROPOSED", "PRE_REVIEW", "RETURNED", "DELIBERATION", "NOTICE" -> "planning";
            case "APPROVED" -> "active";
            case "REJECTED" -> "cancelled";
            case "WITHDRAWN" -> "withdrawn";
            default -> "complete";
        };
    }

    private static String contractStatus(String state) {
        return switch (state) {
            case "TERMINATED" -> "terminated";
            default -> "active";
        };
    }

    private static String category(String type) {
        return switch (type) {
            case "GOODS" -> "goods";
            case "ENGINEERING" -> "works";
            default -> "services";
        };
    }

    private static void party(Map<String, ObjectNode> parties, String id, String name, String... roles) {
        ObjectNode party = parties.computeIfAbsent(id, k -> {
            ObjectNode o = MAPPER.createObjectNode();
            o.put("id", id);
            o.put("name", name);
            o.putArray("roles");
            return o;
        });
        for (String role : roles) addRole(party, role);
    }

    private static void addRole(ObjectNode party, String role) {
        ArrayNode roles = (ArrayNode) party.get("roles");
        for (var r : roles) if (r.asText().equals(role)) return;
        roles.add(role);
    }

    private static ObjectNode ref(String id, String name) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", Objects.requireNonNull(id, "id"));
        o.put("name", name);
        return o;
    }

    /** OCDS Value: the amount as an exact decimal number (never a binary float), in CNY. */
    private static ObjectNode value(Money m) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("amount", m.toYuan());
        o.put("currency", "CNY");
        return o;
    }
}
