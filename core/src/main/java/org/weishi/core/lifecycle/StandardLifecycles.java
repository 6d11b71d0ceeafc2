package org.weishi.core.lifecycle;

import static org.weishi.core.Role.COMMUNITY_COMMITTEE;
import static org.weishi.core.Role.COUNCIL_MEMBER;
import static org.weishi.core.Role.DEPARTMENT_REVIEWER;
import static org.weishi.core.Role.DISTRICT_ADMIN;
import static org.weishi.core.Role.DISTRICT_LEADER;
import static org.weishi.core.Role.IMPLEMENTER;
import static org.weishi.core.Role.RESIDENT;
import static org.weishi.core.Role.SOCIAL_WORKER;
import static org.weishi.core.Role.TOWN_OFFICER;
import static org.weishi.core.lifecycle.DemandState.ACCEPTED;
import static org.weishi.core.lifecycle.DemandState.ADOPTED;
import static org.weishi.core.lifecycle.DemandState.DECLINED;
import static org.weishi.core.lifecycle.DemandState.MERGED;
import static org.weishi.core.lifecycle.DemandState.RESOLVED;
import static org.weishi.core.lifecycle.DemandState.SUBMITTED;
import static org.weishi.core.lifecycle.ProjectState.ACCEPTANCE;
import static org.weishi.core.lifecycle.ProjectState.APPROVED;
import static org.weishi.core.lifecycle.ProjectState.CLOSED;
import static org.weishi.core.lifecycle.ProjectState.COMPLETED;
import static org.weishi.core.lifecycle.ProjectState.DELIBERATION;
import static org.weishi.core.lifecycle.ProjectState.DRAFT;
import static org.weishi.core.lifecycle.ProjectState.IMPLEMENTING;
import static org.weishi.core.lifecycle.ProjectState.NOTICE;
import static org.weishi.core.lifecycle.ProjectState.PRE_REVIEW;
import static org.weishi.core.lifecycle.ProjectState.PROPOSED;
import static org.weishi.core.lifecycle.ProjectState.RETURNED;
import static org.weishi.core.lifecycle.ProjectState.SUSPENDED;
import static org.weishi.core.lifecycle.ProjectState.TERMINATED;
import static org.weishi.core.lifecycle.ProjectState.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.weishi.spi.approval.Gate;

/**
 * The standard lifecycles of DESIGN.md, as tables. A district may start from these and build its
 * own with {@link TransitionTable#builder}.
 *
 * <pre>
 * Demand:  SUBMITTED → ACCEPTED | REJECTED | MERGED;  ACCEPTED → ADOPTED | DECLINED | MERGED;
 *          ADOPTED → RESOLVED (project done) | ACCEPTED (project dropped);  WITHDRAWN before adoption.
 * Project: DRAFT → PROPOSED → PRE_REVIEW → (RETURNED → PROPOSED) → DELIBERATION → NOTICE → APPROVED
 *          → IMPLEMENTING (⇄ SUSPENDED) → ACCEPTANCE (→ IMPLEMENTING to rework) → COMPLETED → CLOSED;
 *          REJECTED and WITHDRAWN from the early states, TERMINATED from implementation.
 * </pre>
 */
public final class StandardLifecycles {
    private StandardLifecycles() {
    }

    /** The standard demand lifecycle. */
    public static final TransitionTable<DemandState, DemandAction> DEMAND =
            TransitionTable.<DemandState, DemandAction>builder("demand", SUBMITTED)
                    .main(SUBMITTED, DemandAction.ACCEPT, ACCEPTED, null,
                            SOCIAL_WORKER, COMMUNITY_COMMITTEE, TOWN_OFFICER, DISTRICT_ADMIN)
                    .side(List.of(SUBMITTED), DemandAction.REJECT, DemandState.REJECTED, null,
                            SOCIAL_WORKER, COMMUNITY_COMMITTEE, TOWN_OFFICER, DISTRICT_ADMIN)
                    .side(List.of(SUBMITTED, ACCEPTED), DemandAction.MERGE, MERGED, null,
                            SOCIAL_WORKER, COMMUNITY_COMMITTEE, TOWN_OFFICER, DISTRICT_ADMIN)
                    .main(ACCEPTED, DemandAction.ADOPT, ADOPTED, null,
                            SOCIAL_WORKER, COMMUNITY_COMMITTEE, TOWN_OFFICER, DISTRICT_ADMIN)
                    .side(List.of(ACCEPTED), DemandAction.DECLINE, DECLINED, null,
                            COMMUNITY_COMMITTEE, TOWN_OFFICER, DISTRICT_ADMIN)
                    .main(ADOPTED, DemandAction.RESOLVE, RESOLVED, null)
                    .side(List.of(ADOPTED), DemandAction.RELEASE, ACCEPTED, null)
                    .side(List.of(SUBMITTED, ACCEPTED), DemandAction.WITHDRAW, DemandState.WITHDRAWN, null,
                            RESIDENT, SOCIAL_WORKER)
                    .build();

    private static final List<ProjectState> EARLY = List.of(DRAFT, PROPOSED, PRE_REVIEW, RETURNED);
    private static final List<ProjectState> UNDECIDED = List.of(PROPOSED, PRE_REVIEW, RETURNED, DELIBERATION, NOTICE);
    private static final List<ProjectState> RUNNING = List.of(APPROVED, IMPLEMENTING, SUSPENDED, ACCEPTANCE);

    /** The standard project lifecycle. */
    public static final TransitionTable<ProjectState, ProjectAction> PROJECT =
            TransitionTable.<ProjectState, ProjectAction>builder("project", DRAFT)
                    .main(DRAFT, ProjectAction.PROPOSE, PROPOSED, Gate.INTAKE,
                            SOCIAL_WORKER, COMMUNITY_COMMITTEE, TOWN_OFFICER, DISTRICT_ADMIN, DEPARTMENT_REVIEWER)
                    .main(PROPOSED, ProjectAction.SUBMIT_FOR_REVIEW, PRE_REVIEW, null,
                            COMMUNITY_COMMITTEE, TOWN_OFFICER, DISTRICT_ADMIN, DEPARTMENT_REVIEWER)
                    .side(List.of(PRE_REVIEW), ProjectAction.RETURN, RETURNED, null, DEPARTMENT_REVIEWER)
                    .side(List.of(NOTICE), ProjectAction.RETURN, RETURNED, null,
                            COMMUNITY_COMMITTEE, TOWN_OFFICER, DISTRICT_ADMIN)
                    .side(List.of(RETURNED), ProjectAction.REVISE, PROPOSED, null,
                            SOCIAL_WORKER, COMMUNITY_COMMITTEE, TOWN_OFFICER, DISTRICT_ADMIN, DEPARTMENT_REVIEWER)
                    .main(PRE_REVIEW, ProjectAction.PASS_REVIEW, DELIBERATION, Gate.PRE_REVIEW, DEPARTMENT_REVIEWER)
                    .main(DELIBERATION, ProjectAction.PASS_VOTE, NOTICE, Gate.DELIBERATION,
                            COUNCIL_MEMBER, COMMUNITY_COMMITTEE)
                    .side(List.of(DELIBERATION), ProjectAction.FAIL_VOTE, PROPOSED, null,
                            COUNCIL_MEMBER, COMMUNITY_COMMITTEE)
                    .main(NOTICE, ProjectAction.APPROVE, APPROVED, Gate.APPROVAL, TOWN_OFFICER, DISTRICT_ADMIN)
                    .main(APPROVED, ProjectAction.START, IMPLEMENTING, null, IMPLEMENTER, TOWN_OFFICER, DISTRICT_ADMIN)
                    .side(List.of(IMPLEMENTING), ProjectAction.SUSPEND, SUSPENDED, null,
                            TOWN_OFFICER, DISTRICT_ADMIN, DISTRICT_LEADER)
                    .side(List.of(SUSPENDED), ProjectAction.RESUME, IMPLEMENTING, null,
                            TOWN_OFFICER, DISTRICT_ADMIN, DISTRICT_LEADER)
                    .main(IMPLEMENTING, ProjectAction.SUBMIT_FOR_ACCEPTANCE, ACCEPTANCE, null,
                            IMPLEMENTER, TOWN_OFFICER, DISTRICT_ADMIN)
                    .main(ACCEPTANCE, ProjectAction.ACCEPT, COMPLETED, Gate.ACCEPTANCE,
                            TOWN_OFFICER, DISTRICT_ADMIN, DEPARTMENT_REVIEWER)
                    .side(List.of(ACCEPTANCE), ProjectAction.REWORK, IMPLEMENTING, null,
                            TOWN_OFFICER, DISTRICT_ADMIN, DEPARTMENT_REVIEWER)
                    .main(COMPLETED, ProjectAction.CLOSE, CLOSED, Gate.CLOSE,
                            TOWN_OFFICER, DISTRICT_ADMIN, DISTRICT_LEADER)
                    .side(UNDECIDED, ProjectAction.REJECT, ProjectState.REJECTED, null,
                            DEPARTMENT_REVIEWER, COUNCIL_MEMBER, COMMUNITY_COMMITTEE, TOWN_OFFICER, DISTRICT_ADMIN)
                    .side(EARLY, ProjectAction.WITHDRAW, WITHDRAWN, null,
                            SOCIAL_WORKER, COMMUNITY_COMMITTEE, TOWN_OFFICER, DISTRICT_ADMIN, DEPARTMENT_REVIEWER)
                    .side(RUNNING, ProjectAction.TERMINATE, TERMINATED, null,
                            TOWN_OFFICER, DISTRICT_ADMIN, DISTRICT_LEADER)
                    .build();

    /** Demand actions that must give a reason. */
    public static final Set<DemandAction> DEMAND_REASON_REQUIRED =
            Set.copyOf(EnumSet.of(DemandAction.REJECT, DemandAction.DECLINE, DemandAction.WITHDRAW));

    /** Project actions that must give a reason. */
    public static final Set<ProjectAction> PROJECT_REASON_REQUIRED = Set.copyOf(EnumSet.of(ProjectAction.RETURN,
            ProjectAction.REJECT, ProjectAction.WITHDRAW, ProjectAction.SUSPEND, ProjectAction.TERMINATE,
            ProjectAction.FAIL_VOTE, ProjectAction.REWORK));

    /**
     * How linked demands follow their project: when the project reaches a key state, each linked
     * demand takes this action (if its table allows it from the demand's state), in the same
     * atomic append. The submitter is told through the outbox.
     */
    public static final Map<ProjectState, DemandAction> DEMAND_FOLLOWS_PROJECT = followRules();

    private static Map<ProjectState, DemandAction> followRules() {
        Map<ProjectState, DemandAction> m = new EnumMap<>(ProjectState.class);
        m.put(COMPLETED, DemandAction.RESOLVE);
        m.put(ProjectState.REJECTED, DemandAction.RELEASE);
        m.put(WITHDRAWN, DemandAction.RELEASE);
        m.put(TERMINATED, DemandAction.RELEASE);
        return java.util.Collections.unmodifiableMap(m);
    }
}
