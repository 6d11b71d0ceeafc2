package org.weishi.core.internal;

import static org.weishi.core.internal.Errors.problem;
import static org.weishi.core.internal.Errors.reject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.weishi.core.Actor;
import org.weishi.core.Problem;
import org.weishi.core.Role;
import org.weishi.core.command.ActOnProject;
import org.weishi.core.command.ReviewProject;
import org.weishi.core.event.DepartmentReviewed;
import org.weishi.core.event.EventMetadata;
import org.weishi.core.event.PreReviewOpened;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.core.lifecycle.ReviewDecision;
import org.weishi.core.view.DepartmentReview;
import org.weishi.core.view.PreReviewView;
import org.weishi.core.view.ProjectView;
import org.weishi.spi.approval.ProjectFacts;
import org.weishi.spi.storage.ExpectedVersion;
import org.weishi.spi.storage.StreamId;

/**
 * Department pre-review (部门预审, 问诊把脉). When a project is submitted for review, the rules name
 * the departments it needs ({@code ApprovalRule.requiredDepartments}); a round opens on stream
 * {@code prereview/<projectId>} in the same append. Departments review in parallel with
 * {@link ReviewProject}: a RETURN moves the project to RETURNED with the comments and a REJECT
 * rejects it, in the same append; the pass of the last pending department moves it on with
 * PASS_REVIEW in the same append. An explicit PASS_REVIEW is refused while any required department
 * has not passed, naming them. A resubmission opens a new round in which only departments that did
 * not pass review again.
 */
final class PreReviewDecisions implements ProjectTransitionHook {
    static final String STREAM = "prereview";
    /** The command name under which this class itself drives PASS_REVIEW. */
    private static final String OWN_COMMAND = ReviewProject.class.getSimpleName();

    /** The engine's project transition, reused so gates, hooks and linked demands apply as for ActOnProject. */
    interface Transitions {
        List<Engine.Pending> transition(Actor actor, ActOnProject command, Instant now, String name);
    }

    private final Projections projections;
    private final RuleRunner rules;
    private final Function<ProjectView, ProjectFacts> facts;
    private final BudgetDecisions.Authorizer auth;
    private final Transitions transitions;

    PreReviewDecisions(Projections projections, RuleRunner rules, Function<ProjectView, ProjectFacts> facts,
                       BudgetDecisions.Authorizer auth, Transitions transitions) {
        this.projections = projections;
        this.rules = rules;
        this.facts = facts;
        this.auth = auth;
        this.transitions = transitions;
    }

    List<Engine.Pending> decide(Actor actor, ReviewProject c, Instant now, String name) {
        ProjectView p = projections.project(c.projectId());
        if (p == null) throw reject(Errors.NOT_FOUND, "projectId", "项目 '" + c.projectId() + "' 不存在", "project '" + c.projectId() + "' does not exist");
        if (p.state() != ProjectState.PRE_REVIEW) {
            throw reject(Errors.REVIEW_STATE, "projectId", "项目 " + p.id() + " 当前状态为 " + p.state() + "，不在部门预审中",
                    "project " + p.id() + " is " + p.state() + ", not in pre-review");
        }
        PreReviewView view = projections.budget.preReview(p.id());
        if (view == null || !view.reviews().containsKey(c.department())) {
            List<String> required = view == null ? List.of() : List.copyOf(view.reviews().keySet());
            throw reject(Errors.REVIEW_NOT_REQUIRED, "department",
                    "项目 " + p.id() + " 不需要部门 '" + c.department() + "' 预审；需要预审的部门：" + Errors.list(required),
                    "project " + p.id() + " does not need a review by department '" + c.department() + "'; required departments: "
                            + Errors.list(required));
        }
        DepartmentReview current = view.reviews().get(c.department());
        if (!current.pending()) {
            throw reject(Errors.REVIEW_DONE, "department",
                    "部门 '" + c.department() + "' 已在第 " + current.round() + " 轮给出意见：" + current.decision(),
                    "department '" + c.department() + "' already decided " + current.decision() + " in round " + current.round());
        }
        boolean needsComments = c.decision() != ReviewDecision.PASS;
        if (needsComments && (c.comments() == null || c.comments().isBlank())) {
            throw reject(Errors.REVIEW_COMMENTS, "comments", c.decision() + " 必须附上部门意见", c.decision() + " needs the department's comments");
        }
        Role role = auth.authorize(actor, EnumSet.of(Role.DEPARTMENT_REVIEWER), p.scopeId(),
                "pre-review project " + p.id(), "预审项目 " + p.id());
        String comments = c.comments() == null || c.comments().isBlank() ? null : c.comments().strip();
        Engine.Pending review = new Engine.Pending(stream(p.id()), ExpectedVersion.exactly(view.version()),
                List.of(new DepartmentReviewed(p.id(), view.round(), c.department(), c.decision(), comments)),
                new EventMetadata(actor.id(), role.name(), now, name));
        ProjectAction follow = switch (c.decision()) {
            case RETURN -> ProjectAction.RETURN;
            case REJECT -> ProjectAction.REJECT;
            case PASS -> view.pending().equals(List.of(c.department())) ? ProjectAction.PASS_REVIEW : null;
        };
        if (follow == null) return List.of(review);
        String reason = comments == null ? null : "[" + c.department() + "] " + comments;
        List<Engine.Pending> out = new ArrayList<>(transitions.transition(actor, new ActOnProject(p.id(), follow, reason, null), now, name));
        out.add(review);
        return out;
    }

    @Override
    public void contribute(TransitionContext t) {
        ProjectView p = t.project;
        PreReviewView view = projections.budget.preReview(p.id());
        if (t.enters(ProjectState.PRE_REVIEW) && (rules.hasRules() || view != null)) {
            ProjectFacts f = facts.apply(p);
            RuleRunner.Departments d = rules.requiredDepartments(f);
            for (String failure : d.failures()) {
                t.problems.add(problem(Errors.RULE_UNAVAILABLE, "rule:" + failure,
                        "规则 " + failure + " 无法给出需要预审的部门，为安全起见不予提交",
                        "rule " + failure + " could not say which departments must review; the submission is refused until it is fixed"));
            }
            if (!d.failures().isEmpty() || (d.departments().isEmpty() && view == null)) return;
            List<String> pending = new ArrayList<>();
            for (String dept : d.departments()) {
                DepartmentReview prior = view == null ? null : view.reviews().get(dept);
                if (prior == null || prior.decision() != ReviewDecision.PASS) pending.add(dept);
            }
            t.appends.add(new Engine.Pending(stream(p.id()),
                    view == null ? ExpectedVersion.NO_STREAM : ExpectedVersion.exactly(view.version()),
                    List.of(new PreReviewOpened(p.id(), view == null ? 1 : view.round() + 1, d.departments(), pending)), t.metadata));
        }
        if (t.action == ProjectAction.PASS_REVIEW && !OWN_COMMAND.equals(t.metadata.command()) && view != null && !view.allPassed()) {
            List<String> open = view.reviews().values().stream().filter(r -> r.decision() != ReviewDecision.PASS)
                    .map(r -> r.department() + (r.pending() ? "" : " (" + r.decision() + ")")).toList();
            t.problems.add(new Problem(Errors.REVIEWS_PENDING, "action", org.weishi.spi.LocalizedText.of(
                    "项目 " + p.id() + " 还有部门未通过预审：" + open + "；请各部门用 ReviewProject 给出意见，最后一个部门通过时项目自动进入下一环节",
                    "project " + p.id() + " still waits for departments to pass pre-review: " + open
                            + "; each department reviews with ReviewProject and the last pass moves the project on")));
        }
    }

    static StreamId stream(String projectId) {
        return new StreamId(STREAM, projectId);
    }
}
