package org.weishi.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.weishi.core.Actor;
import org.weishi.core.Role;
import org.weishi.core.Weishi;
import org.weishi.core.command.ActOnDemand;
import org.weishi.core.command.ActOnProject;
import java.time.Duration;
import java.util.Set;
import org.weishi.core.budget.FundingSource;
import org.weishi.core.command.AllocateFunds;
import org.weishi.core.command.FundEnvelope;
import org.weishi.core.command.FundingLine;
import org.weishi.core.command.OpenEnvelope;
import org.weishi.core.command.ReportActualCost;
import org.weishi.core.command.ReviewProject;
import org.weishi.core.command.SetFundingPlan;
import org.weishi.core.lifecycle.ReviewDecision;
import org.weishi.core.view.ProjectView;
import org.weishi.core.command.AnswerObjection;
import org.weishi.core.command.AssignLead;
import org.weishi.core.command.CastVote;
import org.weishi.core.command.CloseMeeting;
import org.weishi.core.command.ConstituteCouncil;
import org.weishi.core.command.OpenMeeting;
import org.weishi.core.command.RaiseObjection;
import org.weishi.core.command.SignIn;
import org.weishi.core.deliberation.FailOutcome;
import org.weishi.core.deliberation.ObjectionRuling;
import org.weishi.core.deliberation.PassRule;
import org.weishi.core.deliberation.VoteChoice;
import org.weishi.core.command.DraftProject;
import org.weishi.core.command.LinkDemands;
import org.weishi.core.command.MergeDemand;
import org.weishi.core.command.RateDemand;
import org.weishi.core.command.ReportProgress;
import org.weishi.core.command.SubmitDemand;
import org.weishi.core.command.Submitter;
import org.weishi.core.district.Scope;
import org.weishi.core.district.ScopeLevel;
import org.weishi.core.lifecycle.DemandAction;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.spi.Channel;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.ProjectType;

/**
 * The Doumen 2021 scenario, driven through the real engine: residents raise demands through every
 * channel, social workers accept them, communities draft MICRO projects from them, departments
 * start SELF_SELECTED projects, and every project is moved by commands to where Doumen's 2021
 * figures put it: 624 projects = 421 MICRO (201 implementing, 77 completed, 143 in earlier stages)
 * + 203 SELF_SELECTED; 34 led by district leaders. Deterministic for a given seed.
 */
final class DoumenScenario {
    /** How many MICRO projects end in each state (421 in all). */
    static final Map<ProjectState, Integer> MICRO_TARGETS = targets(
            ProjectState.IMPLEMENTING, 201, ProjectState.COMPLETED, 77, ProjectState.APPROVED, 30,
            ProjectState.NOTICE, 30, ProjectState.DELIBERATION, 30, ProjectState.PRE_REVIEW, 25,
            ProjectState.PROPOSED, 20, ProjectState.RETURNED, 8);
    /** How many SELF_SELECTED projects end in each state (203 in all). */
    static final Map<ProjectState, Integer> SELF_TARGETS = targets(
            ProjectState.IMPLEMENTING, 95, ProjectState.COMPLETED, 40, ProjectState.CLOSED, 35,
            ProjectState.APPROVED, 10, ProjectState.NOTICE, 8, ProjectState.PRE_REVIEW, 10, ProjectState.PROPOSED, 5);
    static final int LED = 34;

    private static final ProjectAction[] MAIN = {ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW,
            ProjectAction.PASS_REVIEW, ProjectAction.PASS_VOTE, ProjectAction.APPROVE, ProjectAction.START,
            ProjectAction.SUBMIT_FOR_ACCEPTANCE, ProjectAction.ACCEPT, ProjectAction.CLOSE};

    private static final String[] SURNAMES = {"陈", "黄", "李", "梁", "张", "林", "何", "吴", "赵", "周", "郑", "谭", "邝", "冯", "欧阳"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
            "明", "超", "秀英", "华", "金凤", "志强", "建华", "桂芳", "少玲", "国强"};

    /** One kind of need residents raise, and the project that answers it. */
    record Need(String category, ProjectType type, String demandTitle, String demandText, String projectTitle,
                long minYuan, long maxYuan) {
    }

    static final List<Need> NEEDS = List.of(
            new Need("elderly-care", ProjectType.SERVICE, "独居老人助餐", "村里独居老人多，希望有长者饭堂或送餐服务", "长者助餐服务", 60_000, 180_000),
            new Need("special-groups", ProjectType.ENGINEERING, "残疾人家庭居家安全改造", "家中有残疾人，卫生间是蹲厕，希望改为坐厕并安装扶手", "困难残疾人及老人家庭居家安全改造", 150_000, 420_000),
            new Need("elderly-care", ProjectType.SERVICE, "卧床老人居家康复护理", "母亲卧床多年，希望有康复护理人员上门，每周三次", "卧床居民居家康复护理服务", 80_000, 190_000),
            new Need("medical-care", ProjectType.SERVICE, "中医义诊进村", "希望有中医专家到村里义诊", "中医专家义诊进村活动", 30_000, 120_000),
            new Need("education", ProjectType.SERVICE, "教师进村指导", "希望老师到村里讲解招生政策和家庭教育", "名师进村送教服务", 30_000, 100_000),
            new Need("culture-sports", ProjectType.ENGINEERING, "公园健身设施", "村里缺少健身场地，希望建设跑道和儿童游乐设施", "村级公园健身设施提升", 200_000, 480_000),
            new Need("road-works", ProjectType.ENGINEERING, "村道破损", "进村道路破损严重，雨天积水难行", "村道修缮工程", 180_000, 490_000),
            new Need("living-environment", ProjectType.ENGINEERING, "污水沟整治", "村里排水沟淤塞发臭，希望整治", "人居环境整治工程", 120_000, 450_000),
            new Need("public-facilities", ProjectType.GOODS, "路灯不亮", "村道晚上没有路灯，老人出行不安全", "村道路灯安装", 50_000, 190_000),
            new Need("safety-hazards", ProjectType.ENGINEERING, "危险路段护栏", "河边道路没有护栏，孩子上学有危险", "临水路段安全护栏工程", 80_000, 300_000),
            new Need("parking", ProjectType.ENGINEERING, "停车难", "小区停车位不足，乱停乱放", "社区停车位改造", 100_000, 400_000),
            new Need("old-estate-renovation", ProjectType.ENGINEERING, "老旧小区改造", "楼道破旧，外墙脱落，希望改造", "老旧小区微改造", 200_000, 495_000),
            new Need("water-safety", ProjectType.GOODS, "饮水安全", "自来水有异味，希望安装净水设备", "村级饮水净化设备", 60_000, 190_000),
            new Need("childcare", ProjectType.SERVICE, "四点半课堂", "双职工家庭放学后无人看护孩子", "四点半课堂托管服务", 40_000, 150_000),
            new Need("employment", ProjectType.SERVICE, "就业技能培训", "希望村里开展电商和家政技能培训", "就业技能培训", 30_000, 120_000),
            new Need("food-supply", ProjectType.GOODS, "菜市场冷链", "菜市场缺少冷藏设备，夏天蔬菜易坏", "社区菜篮子冷链设备", 50_000, 180_000),
            new Need("technology-services", ProjectType.SERVICE, "老人智能手机培训", "老人不会用健康码，希望有人教", "长者智能技术运用培训", 20_000, 80_000));

    private final Weishi w;
    private final Random random;
    private final List<Scope> towns;
    private final List<Scope> communities;
    private final Actor admin = Actor.of("district-admin", Role.DISTRICT_ADMIN, Doumen.DISTRICT);
    private final Actor reviewer = Actor.of("dept-reviewer", Role.DEPARTMENT_REVIEWER, Doumen.DISTRICT);
    private final Actor districtImplementer = Actor.of("district-implementer", Role.IMPLEMENTER, Doumen.DISTRICT);
    private final List<Actor> leaders = new ArrayList<>();
    private final Map<String, String> residentOf = new HashMap<>();
    private int residents;
    private int commands;

    /** What the run did, for the summary. */
    record Outcome(int commands, int demands, int projects, int councils, int meetings, int objections,
                   Map<String, Integer> refusalsByRule, List<String> refusalExamples,
                   Map<String, Integer> reviewsByDepartment, int reviewReturns) {
    }

    /** A project waiting for the next phase, with the actions still to take. */
    private record Pending(String projectId, Scope scope, ProjectKind kind, List<ProjectAction> remaining, Actor leader) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, Integer> refusalsByRule = new java.util.TreeMap<>();
    private final List<String> refusalExamples = new ArrayList<>();
    private final SteppingClock clock;
    private int meetings;
    private int objections;

    DoumenScenario(Weishi w, long seed, SteppingClock clock) {
        this.clock = clock;
        this.w = w;
        this.random = new Random(seed);
        this.towns = w.district().scopes().atLevel(ScopeLevel.TOWN);
        this.communities = w.district().scopes().atLevel(ScopeLevel.COMMUNITY);
        for (int i = 1; i <= 5; i++) leaders.add(Actor.of("leader-" + i, Role.DISTRICT_LEADER, Doumen.DISTRICT));
    }

    Outcome run() {
        // District leaders lead 34 projects: 14 MICRO and 20 SELF_SELECTED, 12 of which end ticked off (销号).
        List<ProjectState> microTargets = shuffled(MICRO_TARGETS);
        List<ProjectState> selfTargets = shuffled(SELF_TARGETS);
        boolean[] microLed = choose(microTargets, 14, s -> true);
        boolean[] selfLed = choose(selfTargets, 12, s -> s == ProjectState.CLOSED);
        boolean[] selfLedOthers = choose(selfTargets, LED - 14 - 12, s -> s != ProjectState.CLOSED);
        constituteCouncils();
        openEnvelopes();
        // Spring: demands are raised, projects drafted and pre-reviewed.
        for (int i = 0; i < microTargets.size(); i++) microProject(microTargets.get(i), microLed[i]);
        for (int i = 0; i < selfTargets.size(); i++) selfSelectedProject(selfTargets.get(i), selfLed[i] || selfLedOthers[i]);
        // Councils meet on the MICRO projects in deliberation; passed items go on public notice.
        holdMeetings();
        // The notice periods end; approved projects are implemented, accepted and ticked off.
        clock.advance(Duration.ofDays(14));
        for (Pending p : pending) continueProject(p);
        poolDemands(260);
        rate();
        return new Outcome(commands, w.demands().size(), w.projects().size(), communities.size(), meetings, objections,
                refusalsByRule, refusalExamples, reviewsByDepartment, housingReturned.size());
    }

    // ------------------------------------------------------------------ MICRO projects from demands

    private boolean[] choose(List<ProjectState> targets, int n, java.util.function.Predicate<ProjectState> eligible) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) if (eligible.test(targets.get(i))) candidates.add(i);
        Collections.shuffle(candidates, random);
        boolean[] chosen = new boolean[targets.size()];
        for (int i = 0; i < Math.min(n, candidates.size()); i++) chosen[candidates.get(i)] = true;
        return chosen;
    }

    private String microProject(ProjectState target, boolean led) {
        Scope community = communities.get(random.nextInt(communities.size()));
        Need need = NEEDS.get(random.nextInt(NEEDS.size()));
        int count = 1 + random.nextInt(3);
        List<String> demandIds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = submit(community, need, channel());
            exec(socialWorker(community), new ActOnDemand(id, DemandAction.ACCEPT, null, null));
            demandIds.add(id);
        }
        Actor committee = committee(community);
        String title = community.name() + need.projectTitle();
        String p = exec(committee, new DraftProject(ProjectKind.MICRO, need.type(), title, need.category(), community.id(),
                cost(need), community.name() + "村（居）委会", 2021, need.demandText()));
        exec(committee, new LinkDemands(p, demandIds));
        plan(p, committee, community, town(community));
        drive(p, community, target, ProjectKind.MICRO, led);
        return p;
    }

    private String submit(Scope community, Need need, Channel channel) {
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        String phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
        String idNumber = residentId();
        String address = community.name() + (1 + random.nextInt(80)) + "号";
        Actor resident = Actor.of("resident-" + (++residents), Role.RESIDENT, community.id());
        Actor by = switch (channel) {
            case MINI_PROGRAM, OFFICIAL_ACCOUNT, OTHER -> resident;
            case SOCIAL_WORKER -> socialWorker(community);
            case WINDOW -> committee(community);
            case HOTLINE -> townOfficer(town(community));
        };
        // Some residents write their phone number into the text itself: disclosure must catch it.
        String text = need.demandText() + (random.nextInt(5) == 0 ? "，联系电话" + phone : "");
        String id = exec(by, new SubmitDemand(channel, need.category(), community.id(), need.demandTitle(), text,
                1 + random.nextInt(60), new Submitter(name, phone, idNumber, address)));
        // The resident acts for themself later (withdraw, rate) only where they submitted themself;
        // otherwise the community's social worker acts on their behalf.
        residentOf.put(id, by == resident ? resident.id() : null);
        return id;
    }

    private String residentId() {
        // 440403 is 斗门区's administrative division code; birth date and sequence are random.
        String first17 = "440403" + (1940 + random.nextInt(60)) + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
                + String.format("%03d", random.nextInt(1000));
        return first17 + org.weishi.core.disclosure.ResidentIdNumber.checkCharacter(first17);
    }

    // ------------------------------------------------------------------ SELF_SELECTED projects

    private String selfSelectedProject(ProjectState target, boolean led) {
        boolean districtLevel = random.nextInt(8) == 0;
        Scope scope = districtLevel ? w.district().scopes().district() : towns.get(random.nextInt(towns.size()));
        Need need = NEEDS.get(random.nextInt(NEEDS.size()));
        Actor by = districtLevel ? admin : townOfficer(scope);
        String title = scope.name() + need.projectTitle() + "（部门自选）";
        String p = exec(by, new DraftProject(ProjectKind.SELF_SELECTED, need.type(), title, need.category(), scope.id(),
                cost(need), districtLevel ? "斗门区民政局" : scope.name() + "人民政府", 2021, need.demandText()));
        plan(p, by, null, districtLevel ? null : scope);
        drive(p, scope, target, ProjectKind.SELF_SELECTED, led);
        return p;
    }

    // ------------------------------------------------------------------ moving projects

    private void drive(String projectId, Scope scope, ProjectState target, ProjectKind kind, boolean led) {
        Actor leader = led ? leaders.get(random.nextInt(leaders.size())) : null;
        if (led) exec(leader, new AssignLead(projectId, leader.id()));
        List<ProjectAction> path = path(target, kind);
        int i = 0;
        // Up to the council's vote (MICRO) or the approval after notice (both kinds): the rest waits.
        while (i < path.size() && path.get(i) != ProjectAction.PASS_VOTE && path.get(i) != ProjectAction.APPROVE) {
            if (!step(projectId, scope, path.get(i++))) return; // a rule stopped it where it is
        }
        if (i < path.size()) pending.add(new Pending(projectId, scope, kind, path.subList(i, path.size()), leader));
    }

    private void continueProject(Pending p) {
        if (w.project(p.projectId()).orElseThrow().state() != ProjectState.NOTICE) return; // the council returned it
        for (ProjectAction a : p.remaining()) {
            if (a == ProjectAction.PASS_VOTE) continue; // decided by the council meeting
            if (!step(p.projectId(), p.scope(), a)) return;
            if (p.leader() != null && a == ProjectAction.START) {
                Actor leader = p.leader();
                String projectId = p.projectId();
                // 定期议账、随时报账: the leader reviews and reports every quarter while it runs.
                for (String q : List.of("2021Q2", "2021Q3", "2021Q4")) {
                    exec(leader, new ReportProgress(projectId, q, "定期议账：进度正常，资金使用合规"));
                }
            }
        }
    }

    /**
     * Takes one action, as the people in that role would: departments review in parallel where
     * rules require them (the housing bureau sends large engineering projects back once for a
     * structural safety assessment), the implementer reports the actual cost before acceptance.
     * A refusal by an approval rule stops the project where it is and is counted by rule.
     *
     * @return false when a rule refused and the project stays where it is
     */
    private boolean step(String projectId, Scope scope, ProjectAction a) {
        try {
            if (a == ProjectAction.PASS_REVIEW) {
                var review = w.preReview(projectId).orElse(null);
                if (review != null && !review.pending().isEmpty()) {
                    review(projectId, scope, review.pending());
                    return w.project(projectId).orElseThrow().state() != ProjectState.PRE_REVIEW
                            || step(projectId, scope, ProjectAction.PASS_REVIEW);
                }
            }
            if (a == ProjectAction.ACCEPT) reportActualCost(projectId, scope);
            exec(actor(a, scope), new ActOnProject(projectId, a, reason(a), null));
            return true;
        } catch (org.weishi.core.CommandRejectedException e) {
            if (!e.code().startsWith("WS-RULE") && !e.code().startsWith("WS-REVIEW") && !e.code().startsWith("WS-BUDGET")) throw e;
            for (var problem : e.problems()) {
                refusalsByRule.merge(problem.field().isEmpty() ? problem.code() : problem.field(), 1, Integer::sum);
                if (refusalExamples.size() < 5) refusalExamples.add(projectId + " " + a + ": " + problem.message().both());
            }
            return false;
        }
    }

    private final Set<String> housingReturned = new java.util.HashSet<>();
    private final Map<String, Integer> reviewsByDepartment = new java.util.TreeMap<>();

    private void review(String projectId, Scope scope, List<String> departments) {
        ProjectView p = w.project(projectId).orElseThrow();
        for (String department : departments) {
            reviewsByDepartment.merge(department, 1, Integer::sum);
            boolean sendBack = department.startsWith("housing") && p.type() == ProjectType.ENGINEERING
                    && p.estimatedCost().isGreaterThan(org.weishi.spi.Money.ofYuan(450_000)) && housingReturned.add(projectId);
            exec(reviewer, new ReviewProject(projectId, department, sendBack ? ReviewDecision.RETURN : ReviewDecision.PASS,
                    sendBack ? "请补充结构安全评估报告 / please add a structural safety assessment" : null));
            if (sendBack) {
                // The community revises and resubmits; only the returned review runs again.
                exec(actor(ProjectAction.REVISE, scope), new ActOnProject(projectId, ProjectAction.REVISE, null, null));
                exec(actor(ProjectAction.SUBMIT_FOR_REVIEW, scope), new ActOnProject(projectId, ProjectAction.SUBMIT_FOR_REVIEW, null, null));
                return;
            }
        }
    }

    // ------------------------------------------------------------------ money

    private static final BigDecimal DISTRICT_MICRO_FUND = new BigDecimal("124000000");
    private final Map<String, BigDecimal> planned = new HashMap<>();
    private final Map<String, BigDecimal> capacity = new HashMap<>();
    private final Map<String, List<FundingLine>> plans = new HashMap<>();

    private static String envelope(Scope s) {
        return s.id().replace('/', '-') + "-2021";
    }

    /**
     * 资金池: the district's CNY 124 million for micro-projects plus the foundation and donations;
     * each town receives an allocation and funds its own share; each village receives its own.
     */
    private void openEnvelopes() {
        Scope district = w.district().scopes().district();
        String d = envelope(district);
        exec(admin, new OpenEnvelope(d, district.id(), 2021, "斗门区2021年民生微实事资金"));
        exec(admin, new FundEnvelope(d, FundingSource.DISTRICT_FINANCE, DISTRICT_MICRO_FUND, "斗财〔2021〕民生微实事专项"));
        exec(admin, new FundEnvelope(d, FundingSource.CIVILISATION_FOUNDATION, new BigDecimal("3000000"), "新时代文明实践基金"));
        exec(admin, new FundEnvelope(d, FundingSource.SOCIAL_DONATION, new BigDecimal("1500000"), "社会捐赠"));
        BigDecimal districtLeft = DISTRICT_MICRO_FUND.add(new BigDecimal("4500000"));
        for (Scope town : towns) {
            String t = envelope(town);
            exec(townOfficer(town), new OpenEnvelope(t, town.id(), 2021, town.name() + "2021年民生微实事资金"));
            BigDecimal toTown = new BigDecimal("15000000");
            exec(admin, new AllocateFunds(d, t, toTown, "年度下达"));
            districtLeft = districtLeft.subtract(toTown);
            exec(townOfficer(town), new FundEnvelope(t, FundingSource.TOWN_FINANCE, new BigDecimal("8000000"), town.name() + "财政配套"));
            BigDecimal townLeft = toTown.add(new BigDecimal("8000000"));
            for (Scope c : w.district().scopes().children(town.id())) {
                String e = envelope(c);
                exec(townOfficer(town), new OpenEnvelope(e, c.id(), 2021, c.name() + "2021年民生微实事资金"));
                BigDecimal toVillage = new BigDecimal("400000");
                exec(townOfficer(town), new AllocateFunds(t, e, toVillage, "按村（居）下达"));
                townLeft = townLeft.subtract(toVillage);
                capacity.put(e, toVillage);
            }
            capacity.put(t, townLeft);
        }
        capacity.put(d, districtLeft);
    }

    /** Plans a project's money from its village, then its town, then the district: never more than each holds. */
    private void plan(String projectId, Actor by, Scope community, Scope town) {
        BigDecimal left = w.project(projectId).orElseThrow().estimatedCost().toYuan();
        List<FundingLine> lines = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        if (community != null) sources.add(envelope(community));
        if (town != null) sources.add(envelope(town));
        sources.add(envelope(w.district().scopes().district()));
        for (String e : sources) {
            if (left.signum() == 0) break;
            BigDecimal free = capacity.get(e).subtract(planned.getOrDefault(e, BigDecimal.ZERO));
            BigDecimal take = free.min(left);
            if (take.signum() <= 0) continue;
            lines.add(new FundingLine(e, take));
            planned.merge(e, take, BigDecimal::add);
            left = left.subtract(take);
        }
        if (left.signum() > 0) throw new IllegalStateException("demo budget too small for " + projectId);
        exec(by, new SetFundingPlan(projectId, lines));
        plans.put(projectId, lines);
    }

    /** The implementer reports what the project actually cost: mostly a little under plan. */
    private void reportActualCost(String projectId, Scope scope) {
        List<FundingLine> actual = new ArrayList<>();
        int percent = 90 + random.nextInt(11); // 90 % to 100 % of plan
        for (FundingLine l : plans.get(projectId)) {
            actual.add(new FundingLine(l.envelopeId(), l.amount().multiply(BigDecimal.valueOf(percent))
                    .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.DOWN)));
        }
        exec(actor(ProjectAction.START, scope), new ReportActualCost(projectId, actual));
    }

    // ------------------------------------------------------------------ councils, meetings, notice

    private static final int COUNCIL_SIZE = 7;

    private void constituteCouncils() {
        for (Scope c : communities) {
            List<String> members = new ArrayList<>();
            for (int i = 1; i <= COUNCIL_SIZE; i++) members.add("council-" + c.id() + "-" + i);
            exec(committee(c), new ConstituteCouncil(c.id(), members, 2, 3, PassRule.MORE_THAN_HALF_OF_PRESENT, FailOutcome.RETURN));
        }
    }

    private void holdMeetings() {
        Map<String, List<Pending>> byCommunity = new LinkedHashMap<>();
        for (Pending p : pending) {
            if (!p.remaining().isEmpty() && p.remaining().get(0) == ProjectAction.PASS_VOTE) {
                byCommunity.computeIfAbsent(p.scope().id(), k -> new ArrayList<>()).add(p);
            }
        }
        byCommunity.forEach((communityId, items) -> {
            Scope c = w.district().scopes().find(communityId).orElseThrow();
            List<String> agenda = items.stream().map(Pending::projectId).toList();
            String m = exec(committee(c), new OpenMeeting(communityId, "2021年第" + (++meetings) + "次居民议事会", agenda));
            int present = 5 + random.nextInt(COUNCIL_SIZE - 4); // 5 to 7 of 7: always quorate (5 needed)
            for (int i = 1; i <= present; i++) {
                Actor member = Actor.of("council-" + communityId + "-" + i, Role.COUNCIL_MEMBER, communityId);
                exec(member, new SignIn(m));
                for (String projectId : agenda) {
                    // Most members support; a few vote against or abstain: every item still passes.
                    VoteChoice v = i <= present / 2 + 1 ? VoteChoice.FOR : VoteChoice.values()[random.nextInt(3)];
                    exec(member, new CastVote(m, projectId, v));
                }
            }
            exec(committee(c), new CloseMeeting(m, c.name() + "居民议事会就" + agenda.size() + "个项目进行协商表决，会议纪要存档。",
                    List.of("sign-in-sheet-" + m + ".pdf", "photo-" + m + ".jpg")));
            object(items);
        });
    }

    private void object(List<Pending> noticed) {
        // A few residents object during the notice period; each objection is answered before approval.
        for (Pending p : noticed) {
            if (random.nextInt(12) == 0) {
                Actor resident = Actor.of("resident-objector-" + (++objections), Role.RESIDENT, p.scope().id());
                exec(resident, new RaiseObjection(p.projectId(), "施工可能影响出行，希望说明工期安排"));
                exec(townOfficer(town(p.scope())), new AnswerObjection(p.projectId(), "O-1", ObjectionRuling.DISMISSED,
                        "已公布分段施工方案，保留通行便道", null));
            }
        }
    }

    List<ProjectAction> path(ProjectState target, ProjectKind kind) {
        List<ProjectAction> path = new ArrayList<>();
        if (target == ProjectState.RETURNED) {
            return List.of(ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW, ProjectAction.RETURN);
        }
        for (ProjectAction a : MAIN) {
            if (kind == ProjectKind.SELF_SELECTED && a == ProjectAction.PASS_VOTE) continue; // the stage plan skips the vote
            path.add(a);
            if (a == ProjectAction.SUBMIT_FOR_REVIEW && reaches(target, ProjectState.DELIBERATION) && random.nextInt(8) == 0) {
                path.add(ProjectAction.RETURN);
                path.add(ProjectAction.REVISE);
                path.add(ProjectAction.SUBMIT_FOR_REVIEW);
            }
            if (a == ProjectAction.START && reaches(target, ProjectState.IMPLEMENTING) && random.nextInt(12) == 0) {
                path.add(ProjectAction.SUSPEND);
                path.add(ProjectAction.RESUME);
            }
            if (stateAfter(a, kind) == target) break;
        }
        return path;
    }

    private static ProjectState stateAfter(ProjectAction a, ProjectKind kind) {
        return switch (a) {
            case PROPOSE -> ProjectState.PROPOSED;
            case SUBMIT_FOR_REVIEW -> ProjectState.PRE_REVIEW;
            case PASS_REVIEW -> kind == ProjectKind.SELF_SELECTED ? ProjectState.NOTICE : ProjectState.DELIBERATION;
            case PASS_VOTE -> ProjectState.NOTICE;
            case APPROVE -> ProjectState.APPROVED;
            case START -> ProjectState.IMPLEMENTING;
            case SUBMIT_FOR_ACCEPTANCE -> ProjectState.ACCEPTANCE;
            case ACCEPT -> ProjectState.COMPLETED;
            case CLOSE -> ProjectState.CLOSED;
            default -> null;
        };
    }

    private static boolean reaches(ProjectState target, ProjectState stage) {
        return target.ordinal() >= stage.ordinal() && target.ordinal() <= ProjectState.CLOSED.ordinal();
    }

    private Actor actor(ProjectAction a, Scope scope) {
        boolean community = scope.level() == ScopeLevel.COMMUNITY;
        boolean district = scope.level() == ScopeLevel.DISTRICT;
        Scope town = community ? town(scope) : scope;
        return switch (a) {
            case PROPOSE, SUBMIT_FOR_REVIEW, REVISE -> community ? committee(scope) : district ? admin : townOfficer(town);
            case PASS_REVIEW, RETURN -> reviewer;
            case PASS_VOTE, FAIL_VOTE -> council(scope);
            case APPROVE, ACCEPT, REWORK, SUSPEND, RESUME, TERMINATE, REJECT, WITHDRAW -> district ? admin : townOfficer(town);
            case START, SUBMIT_FOR_ACCEPTANCE -> district ? districtImplementer : implementer(town);
            case CLOSE -> admin;
        };
    }

    private static String reason(ProjectAction a) {
        return switch (a) {
            case RETURN -> "预算明细不全，请补充工程量清单";
            case SUSPEND -> "雨季暂停施工";
            case RESUME -> "天气好转，恢复施工";
            default -> null;
        };
    }

    // ------------------------------------------------------------------ demands that end elsewhere

    private void poolDemands(int n) {
        List<String> open = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Scope community = communities.get(random.nextInt(communities.size()));
            Need need = NEEDS.get(random.nextInt(NEEDS.size()));
            String id = submit(community, need, channel());
            Actor sw = socialWorker(community);
            int fate = random.nextInt(10);
            switch (fate) {
                case 0, 1 -> exec(sw, new ActOnDemand(id, DemandAction.REJECT, "属于个人诉求，已转相关部门办理", null));
                case 2 -> {
                    if (!open.isEmpty()) exec(sw, new MergeDemand(id, open.get(random.nextInt(open.size())), "与已有需求相同"));
                }
                case 3 -> {
                    exec(sw, new ActOnDemand(id, DemandAction.ACCEPT, null, null));
                    exec(committee(community), new ActOnDemand(id, DemandAction.DECLINE, "本年度同类项目已饱和，纳入明年计划", null));
                }
                case 4 -> exec(residentOrSocialWorker(id, community.id()),
                        new ActOnDemand(id, DemandAction.WITHDRAW, "问题已自行解决", null));
                case 5, 6, 7 -> {
                    exec(sw, new ActOnDemand(id, DemandAction.ACCEPT, null, null));
                    open.add(id);
                }
                default -> open.add(id);
            }
        }
    }

    // ------------------------------------------------------------------ leaders and ratings

    private void rate() {
        w.demands().stream().filter(d -> d.state() == org.weishi.core.lifecycle.DemandState.RESOLVED).forEach(d -> {
            if (random.nextInt(10) < 8) {
                int score = random.nextInt(10) < 8 ? 5 : 4;
                exec(residentOrSocialWorker(d.id(), d.scopeId()), new RateDemand(d.id(), score, null));
            }
        });
    }

    // ------------------------------------------------------------------ helpers

    private Actor residentOrSocialWorker(String demandId, String scopeId) {
        String resident = residentOf.get(demandId);
        return resident != null ? Actor.of(resident, Role.RESIDENT, scopeId)
                : Actor.of("sw-" + scopeId, Role.SOCIAL_WORKER, scopeId);
    }

    private String exec(Actor actor, org.weishi.core.command.Command c) {
        commands++;
        return w.execute(actor, c).aggregateId();
    }

    private Channel channel() {
        int r = random.nextInt(100);
        if (r < 30) return Channel.MINI_PROGRAM;
        if (r < 50) return Channel.SOCIAL_WORKER;
        if (r < 65) return Channel.WINDOW;
        if (r < 80) return Channel.OFFICIAL_ACCOUNT;
        if (r < 95) return Channel.HOTLINE;
        return Channel.OTHER;
    }

    private BigDecimal cost(Need need) {
        // Skewed towards the upper end of each range: Doumen's 421 MICRO projects averaged about
        // CNY 207,000 (87 million in all).
        long yuan = need.minYuan() + (long) (Math.sqrt(random.nextDouble()) * (need.maxYuan() - need.minYuan()));
        return BigDecimal.valueOf(yuan / 100 * 100);
    }

    private Scope town(Scope community) {
        return w.district().scopes().find(community.parentId()).orElseThrow();
    }

    private static Actor socialWorker(Scope c) {
        return Actor.of("sw-" + c.id(), Role.SOCIAL_WORKER, c.id());
    }

    private static Actor committee(Scope c) {
        return Actor.of("committee-" + c.id(), Role.COMMUNITY_COMMITTEE, c.id());
    }

    private static Actor council(Scope c) {
        return Actor.of("council-" + c.id(), Role.COUNCIL_MEMBER, c.id());
    }

    private static Actor townOfficer(Scope town) {
        return Actor.of("officer-" + town.id(), Role.TOWN_OFFICER, town.id());
    }

    private static Actor implementer(Scope town) {
        return Actor.of("implementer-" + town.id(), Role.IMPLEMENTER, town.id());
    }

    private List<ProjectState> shuffled(Map<ProjectState, Integer> targets) {
        List<ProjectState> l = new ArrayList<>();
        targets.forEach((s, n) -> l.addAll(Collections.nCopies(n, s)));
        Collections.shuffle(l, random);
        return l;
    }

    private static Map<ProjectState, Integer> targets(Object... pairs) {
        Map<ProjectState, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((ProjectState) pairs[i], (Integer) pairs[i + 1]);
        return Collections.unmodifiableMap(m);
    }
}
