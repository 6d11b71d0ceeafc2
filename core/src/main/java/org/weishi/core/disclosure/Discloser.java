package org.weishi.core.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.weishi.core.Weishi;
import org.weishi.core.deliberation.NoticeView;
import org.weishi.core.district.Scope;
import org.weishi.core.district.ScopeTree;
import org.weishi.core.deliberation.AgendaDecision;
import org.weishi.core.deliberation.MeetingView;
import org.weishi.core.event.DomainEvent;
import org.weishi.core.event.MeetingClosed;
import org.weishi.core.event.ProjectTransitioned;
import org.weishi.core.internal.EventCodec;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.view.DemandView;
import org.weishi.core.view.ProjectView;
import org.weishi.core.view.TimelineEntry;
import org.weishi.spi.LocalizedText;
import org.weishi.spi.WeishiException;
import org.weishi.spi.disclosure.Audience;
import org.weishi.spi.disclosure.CouncilDecisionDisclosure;
import org.weishi.spi.disclosure.DemandDisclosure;
import org.weishi.spi.disclosure.Disclosure;
import org.weishi.spi.disclosure.FundingSource;
import org.weishi.spi.disclosure.Implementer;
import org.weishi.spi.disclosure.ObjectionDisclosure;
import org.weishi.spi.disclosure.PersonDisclosure;
import org.weishi.spi.disclosure.ProgressReportDisclosure;
import org.weishi.spi.disclosure.ProjectDisclosure;
import org.weishi.spi.disclosure.StageDisclosure;
import org.weishi.spi.storage.PersonalDataVault;
import org.weishi.spi.storage.RecordedEvent;

/**
 * Builds the {@link Disclosure} of a scope from the engine's views, applying the district's
 * {@link DisclosurePolicy}: for the {@link Audience#PUBLIC public}, fields the policy withholds are
 * dropped (and named), names are masked, and every free text goes through the {@link TextRedactor}
 * with every submitter's name in the scope as a known name. For {@link Audience#INTERNAL officials},
 * everything is given in clear, including what the vault holds.
 *
 * <p>Which records are sensitive: a project or demand whose category is one of
 * {@link DisclosurePolicy#sensitiveCategories()} or whose title or description mentions a
 * {@linkplain DisclosurePolicy#healthKeywords() health keyword}; a demand whose submitter is under
 * {@link DisclosurePolicy#childAge()} (from the vault). A demand whose submitter was
 * <b>erased</b> from the vault is treated as sensitive too: the words the person wrote are
 * withdrawn from the public view with their name, and a child's demand cannot become public
 * because its age check was erased.
 *
 * <p>Thread-safe; each call reads the current views.
 *
 * @since 0.1
 */
public final class Discloser {
    /** Error code: the scope to disclose does not exist. */
    public static final String UNKNOWN_SCOPE = "WS-DISCLOSE-010";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Weishi weishi;
    private final DisclosurePolicy policy;
    private final Clock clock;

    private Discloser(Weishi weishi, DisclosurePolicy policy, Clock clock) {
        this.weishi = Objects.requireNonNull(weishi, "weishi");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param weishi the engine
     * @param policy the district's policy
     * @return a discloser stamping outputs with the system clock
     */
    public static Discloser of(Weishi weishi, DisclosurePolicy policy) {
        return new Discloser(weishi, policy, Clock.systemUTC());
    }

    /**
     * @param weishi the engine
     * @param policy the district's policy
     * @param clock the clock for {@link Disclosure#generatedAt()} (deterministic outputs in tests and demos)
     * @return a discloser
     */
    public static Discloser of(Weishi weishi, DisclosurePolicy policy, Clock clock) {
        return new Discloser(weishi, policy, clock);
    }

    /** @return the policy applied */
    public DisclosurePolicy policy() {
        return policy;
    }

    /**
     * @param scopeId a scope of the district (the district itself for everything)
     * @param audience who it is for
     * @return the projects and demands of the scope and every scope below it
     * @throws WeishiException {@code WS-DISCLOSE-010} when the scope does not exist
     */
    public Disclosure disclose(String scopeId, Audience audience) {
        ScopeTree scopes = weishi.district().scopes();
        Scope scope = scopes.find(scopeId).orElseThrow(() -> new WeishiException(UNKNOWN_SCOPE, LocalizedText.of(
                "区域 '" + scopeId + "' 不存在：请使用区域树中的区域 id，例如 '" + scopes.district().id() + "'",
                "scope '" + scopeId + "' does not exist: use a scope id of the district's scope tree, e.g. '"
                        + scopes.district().id() + "'")));
        boolean internal = audience == Audience.INTERNAL;
        PersonalDataVault vault = weishi.personalDataVault();
        long position = weishi.eventStore().headPosition();

        List<DemandView> demands = weishi.demands().stream()
                .filter(d -> scopes.isWithin(d.scopeId(), scope.id())).toList();
        Map<String, Map<String, String>> people = new HashMap<>();
        for (DemandView d : demands) {
            if (d.personKey() != null) vault.get(d.personKey()).ifPresent(p -> people.put(d.personKey(), p));
        }
        Set<String> names = new LinkedHashSet<>();
        people.values().forEach(p -> {
            if (p.get("name") != null) names.add(p.get("name"));
        });
        TextRedactor redactor = TextRedactor.standard().withKnownNames(names);

        List<DemandDisclosure> demandOut = new ArrayList<>();
        Set<String> disclosedDemands = new LinkedHashSet<>();
        for (DemandView d : demands) {
            DemandDisclosure dd = demand(d, people.get(d.personKey()), internal, redactor);
            if (dd != null) {
                demandOut.add(dd);
                disclosedDemands.add(d.id());
            }
        }

        List<ProjectView> projects = weishi.projects().stream()
                .filter(p -> scopes.isWithin(p.scopeId(), scope.id())).toList();
        LogFacts facts = projects.isEmpty() ? new LogFacts(Map.of(), Map.of()) : logFacts();
        List<ProjectDisclosure> projectOut = new ArrayList<>();
        for (ProjectView p : projects) {
            ProjectDisclosure pd = project(p, internal, redactor, disclosedDemands, facts.implementers().get(p.id()),
                    facts.decisions().getOrDefault(p.id(), List.of()));
            if (pd != null) projectOut.add(pd);
        }
        return new Disclosure(weishi.district().name(), scope.id(), scope.name(), audience, clock.instant(), position,
                projectOut, demandOut);
    }

    // ------------------------------------------------------------------ projects

    private ProjectDisclosure project(ProjectView p, boolean internal, TextRedactor redactor, Set<String> demands,
                                      String implementerId, List<Decision> decisions) {
        String agg = policy.isSensitive(p.category(), p.title(), p.description())
                ? DisclosurePolicy.SENSITIVE_PROJECT : DisclosurePolicy.PROJECT;
        String stage = p.state().name();
        Fields f = new Fields(agg, stage, internal, redactor, List.of());
        if (!f.shows("id")) return null;
        ProjectDisclosure.Builder b = ProjectDisclosure.builder(p.id(), stage);
        if (f.shows("title")) b.title(f.text("title", p.title())); else b.withheld("title");
        if (f.shows("category")) b.category(p.category(), categoryName(p.category())); else b.withheld("category");
        if (f.shows("community")) b.scope(p.scopeId(), scopeName(p.scopeId())); else b.withheld("community");
        if (f.shows("kind")) b.kind(p.kind().name()); else b.withheld("kind");
        if (f.shows("type")) b.type(p.type().name()); else b.withheld("type");
        if (f.shows("year")) b.year(p.year()); else b.withheld("year");
        if (f.shows("organiser")) b.organiser(p.organiser()); else b.withheld("organiser");
        if (f.shows("budget")) b.budget(p.estimatedCost()); else b.withheld("budget");
        if (!f.shows("actualCost")) b.withheld("actualCost");
        if (f.shows("fundingSources")) {
            // Until the budget module records funding per source, a project is paid from public
            // finance in full: 民生微实事 money is the district's (and its towns') fiscal money.
            b.fundingSources(List.of(new FundingSource("public-finance", weishi.district().name() + "财政",
                    FundingSource.Kind.PUBLIC_FINANCE, p.estimatedCost())));
        } else {
            b.withheld("fundingSources");
        }
        if (implementerId != null) {
            if (f.shows("implementer")) b.implementer(new Implementer(implementerId, implementerId)); else b.withheld("implementer");
        }
        String acceptance = null;
        for (TimelineEntry t : p.timeline()) {
            if (t.action().equals("ACCEPT")) acceptance = "PASSED";
            else if (t.action().equals("REWORK")) acceptance = "REWORK";
        }
        if (acceptance != null) {
            if (f.shows("acceptanceResult")) b.acceptanceResult(acceptance); else b.withheld("acceptanceResult");
        }
        if (p.description() != null && !p.description().isBlank()) {
            if (f.shows("description")) b.description(f.text("description", p.description())); else b.withheld("description");
        }
        if (f.shows("timeline")) {
            boolean reasons = f.shows("timelineReason");
            List<StageDisclosure> steps = new ArrayList<>();
            for (TimelineEntry t : p.timeline()) {
                String reason = t.reason() == null ? null : reasons ? f.text("timelineReason", t.reason()) : null;
                steps.add(new StageDisclosure(t.at(), t.action(), t.from(), t.to(), t.role(), reason));
            }
            b.timeline(steps);
            if (!reasons && p.timeline().stream().anyMatch(t -> t.reason() != null)) b.withheld("timelineReason");
        } else {
            b.withheld("timeline");
        }
        if (f.shows("demands")) {
            b.demandIds(p.demandIds().stream().filter(id -> internal || demands.contains(id)).toList());
        } else {
            b.withheld("demands");
        }
        if (!p.progressReports().isEmpty()) {
            if (f.shows("progressReports")) {
                List<ProgressReportDisclosure> reports = new ArrayList<>();
                new TreeMap<>(p.progressReports()).forEach((q, text) ->
                        reports.add(new ProgressReportDisclosure(q, f.text("progressReports", text))));
                b.progressReports(reports);
            } else {
                b.withheld("progressReports");
            }
        }
        Optional<NoticeView> notice = weishi.notice(p.id());
        if (notice.isPresent() && !notice.get().objections().isEmpty()) {
            if (f.shows("objections")) {
                b.objections(notice.get().objections().stream().map(o -> new ObjectionDisclosure(o.id(), o.raisedAt(),
                        f.text("objections", o.text()), o.ruling() == null ? null : o.ruling().name(),
                        o.answer() == null ? null : f.text("objections", o.answer()))).toList());
            } else {
                b.withheld("objections");
            }
        }
        if (!decisions.isEmpty()) {
            if (f.shows("councilDecisions")) {
                boolean minutes = f.shows("minutes");
                b.councilDecisions(decisions.stream().map(x -> new CouncilDecisionDisclosure(x.meeting().id(),
                        x.meeting().title() == null ? null : f.text("title", x.meeting().title()), x.at(),
                        x.meeting().present().size(), x.meeting().members().size(), x.decision().votesFor(),
                        x.decision().votesAgainst(), x.decision().abstentions(), x.decision().passed(),
                        minutes && x.meeting().minutes() != null ? f.text("minutes", x.meeting().minutes()) : null)).toList());
                if (!minutes && decisions.stream().anyMatch(x -> x.meeting().minutes() != null)) b.withheld("minutes");
            } else {
                b.withheld("councilDecisions");
            }
        }
        if (f.shows("dates")) b.dates(p.draftedAt(), p.updatedAt()); else b.withheld("dates");
        return b.build();
    }

    /** What the views do not hold, read from the log in one pass. */
    private record LogFacts(Map<String, String> implementers, Map<String, List<Decision>> decisions) {
    }

    /** A council decision on one project, with its meeting. */
    private record Decision(MeetingView meeting, AgendaDecision decision, java.time.Instant at) {
    }

    /**
     * The implementer of each started project (the account that took the START action) and the
     * council decisions on each project (from closed meetings).
     */
    private LogFacts logFacts() {
        Map<String, String> implementers = new HashMap<>();
        Map<String, List<Decision>> decisions = new HashMap<>();
        long after = 0;
        while (true) {
            List<RecordedEvent> batch = weishi.eventStore().readAll(after, 5_000);
            if (batch.isEmpty()) break;
            for (RecordedEvent e : batch) {
                after = e.position();
                DomainEvent event = EventCodec.decode(e);
                if (event instanceof ProjectTransitioned t && t.action() == ProjectAction.START) {
                    implementers.put(t.projectId(), EventCodec.metadata(e).actorId());
                } else if (event instanceof MeetingClosed c) {
                    Optional<MeetingView> m = weishi.meeting(c.meetingId());
                    if (m.isEmpty()) continue;
                    for (AgendaDecision d : c.decisions()) {
                        decisions.computeIfAbsent(d.projectId(), k -> new ArrayList<>())
                                .add(new Decision(m.get(), d, EventCodec.metadata(e).at()));
                    }
                }
            }
        }
        return new LogFacts(implementers, decisions);
    }

    // ------------------------------------------------------------------ demands

    private DemandDisclosure demand(DemandView d, Map<String, String> person, boolean internal, TextRedactor redactor) {
        String agg;
        boolean erased = d.personKey() != null && person == null;
        if (person != null && isChild(person, d)) {
            agg = DisclosurePolicy.CHILD_DEMAND;
        } else if (erased || policy.isSensitive(d.category(), d.title(), d.description())) {
            agg = DisclosurePolicy.SENSITIVE_DEMAND;
        } else {
            agg = DisclosurePolicy.DEMAND;
        }
        List<String> known = person != null && person.get("name") != null ? List.of(person.get("name")) : List.of();
        Fields f = new Fields(agg, d.state().name(), internal, redactor, known);
        if (!f.shows("id")) return null;
        List<String> withheld = new ArrayList<>();
        String channel = f.shows("channel") ? d.channel().name() : f.hide("channel", withheld);
        String category = f.shows("category") ? d.category() : f.hide("category", withheld);
        String scopeId = null;
        String scopeName = null;
        if (f.shows("community")) {
            scopeId = d.scopeId();
            scopeName = scopeName(d.scopeId());
        } else {
            withheld.add("community");
        }
        String title = f.shows("title") ? f.text("title", d.title()) : f.hide("title", withheld);
        String description = f.shows("description") ? f.text("description", d.description()) : f.hide("description", withheld);
        Integer beneficiaries = f.shows("beneficiaries") ? d.beneficiaries() : null;
        if (beneficiaries == null) withheld.add("beneficiaries");
        PersonDisclosure submitter = null;
        if (person != null) {
            String name = f.shows("submitterName") ? f.masked("submitterName", person.get("name"), PersonName::mask) : null;
            if (name == null && person.get("name") != null) withheld.add("submitterName");
            String phone = f.shows("submitterPhone") ? person.get("phone") : null;
            String id = f.shows("submitterIdNumber") ? person.get("idNumber") : null;
            String address = f.shows("submitterAddress") ? person.get("address") : null;
            PersonDisclosure pd = new PersonDisclosure(name, phone, id, address);
            if (!pd.isEmpty()) submitter = pd;
        } else if (erased) {
            withheld.add("submitter (erased)");
        }
        String projectId = f.shows("project") ? d.projectId() : null;
        String mergedInto = f.shows("mergedInto") ? d.mergedInto() : null;
        Integer satisfaction = d.satisfaction() > 0 && f.shows("satisfaction") ? d.satisfaction() : null;
        if (d.satisfaction() > 0 && satisfaction == null) withheld.add("satisfaction");
        boolean dates = f.shows("dates");
        return new DemandDisclosure(d.id(), d.state().name(), channel, category, scopeId, scopeName, title, description,
                beneficiaries, submitter, projectId, mergedInto, satisfaction, dates ? d.submittedAt() : null,
                dates ? d.updatedAt() : null, withheld);
    }

    private boolean isChild(Map<String, String> person, DemandView d) {
        if ("true".equalsIgnoreCase(person.get("minor"))) return true;
        LocalDate birth = birthDate(person);
        if (birth == null) return false;
        LocalDate at = d.submittedAt().atZone(CHINA).toLocalDate();
        return ChronoUnit.YEARS.between(birth, at) < policy.childAge();
    }

    private static LocalDate birthDate(Map<String, String> person) {
        try {
            if (person.get("birthDate") != null) return LocalDate.parse(person.get("birthDate"));
            String id = person.get("idNumber");
            if (id != null && ResidentIdNumber.isValid18(id)) {
                return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                        Integer.parseInt(id.substring(12, 14)));
            }
            if (id != null && ResidentIdNumber.isValid15(id)) {
                return LocalDate.of(1900 + Integer.parseInt(id.substring(6, 8)), Integer.parseInt(id.substring(8, 10)),
                        Integer.parseInt(id.substring(10, 12)));
            }
        } catch (RuntimeException e) { // DateTimeParseException, DateTimeException, NumberFormatException
            return null; // not a readable date: no age, judged by category and text like anyone else
        }
        return null;
    }

    private String scopeName(String scopeId) {
        return weishi.district().scopes().find(scopeId).map(Scope::name).orElse(scopeId);
    }

    private String categoryName(String code) {
        return weishi.district().category(code).map(c -> c.name().zh()).orElse(code);
    }

    /** Applies the policy to one record's fields. */
    private final class Fields {
        private final String aggregate;
        private final String stage;
        private final boolean internal;
        private final TextRedactor redactor;
        private final List<String> knownNames;

        Fields(String aggregate, String stage, boolean internal, TextRedactor redactor, List<String> knownNames) {
            this.aggregate = aggregate;
            this.stage = stage;
            this.internal = internal;
            this.redactor = redactor;
            this.knownNames = knownNames;
        }

        Visibility of(String field) {
            return policy.visibility(aggregate, stage, field);
        }

        boolean shows(String field) {
            return internal || of(field).published();
        }

        String hide(String field, List<String> withheld) {
            withheld.add(field);
            return null;
        }

        /** Free text: always through the redactor for the public, whether PUBLIC or MASKED. */
        String text(String field, String value) {
            if (value == null || internal) return value;
            return redactor.redact(value, knownNames).text();
        }

        String masked(String field, String value, java.util.function.UnaryOperator<String> mask) {
            if (value == null || internal) return value;
            return of(field) == Visibility.MASKED ? mask.apply(value) : value;
        }
    }
}
