package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.weishi.core.Fixture.*;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.weishi.core.command.ReviewProject;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.core.lifecycle.ProjectState;
import org.weishi.core.lifecycle.ReviewDecision;
import org.weishi.core.view.PreReviewView;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.spi.Money;
import org.weishi.spi.ProjectType;
import org.weishi.spi.approval.ApprovalRule;
import org.weishi.spi.approval.Gate;
import org.weishi.spi.approval.ProjectFacts;
import org.weishi.spi.approval.Verdict;

class PreReviewTest {
    /** Finance always; civil affairs for elderly care; housing for projects above CNY 100,000. */
    static final ApprovalRule DEPARTMENTS = new ApprovalRule() {
        @Override
        public String id() {
            return "departments";
        }

        @Override
        public Set<Gate> gates() {
            return Set.of();
        }

        @Override
        public Verdict evaluate(Gate gate, ProjectFacts facts) {
            return Verdict.pass(id());
        }

        @Override
        public Set<String> requiredDepartments(ProjectFacts f) {
            java.util.Set<String> d = new java.util.HashSet<>(Set.of("finance"));
            if (f.category().equals("elderly-care")) d.add("civil-affairs");
            if (f.estimatedCost().isGreaterThan(Money.ofYuan(100_000))) d.add("housing-construction");
            return d;
        }
    };

    private Weishi engine() {
        return Weishi.builder().district(CONFIG).clock(CLOCK).storage(store(), new MemoryPersonalDataVault())
                .approvalRule(DEPARTMENTS).build();
    }

    private String submitted(Weishi w, String cost) {
        String p = w.execute(COMMITTEE, Budgets.draft(org.weishi.spi.ProjectKind.MICRO, ProjectType.SERVICE, cost)).aggregateId();
        drive(w, p, ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW);
        return p;
    }

    private static ReviewProject review(String p, String dept, ReviewDecision d, String comments) {
        return new ReviewProject(p, dept, d, comments);
    }

    @Test
    void rules_decide_the_departments_and_the_last_pass_moves_the_project_on() {
        Weishi w = engine();
        String p = submitted(w, "150000");
        PreReviewView v = w.preReview(p).orElseThrow();
        assertThat(v.round()).isEqualTo(1);
        assertThat(v.pending()).containsExactly("civil-affairs", "finance", "housing-construction");

        w.execute(REVIEWER, review(p, "finance", ReviewDecision.PASS, null));
        w.execute(REVIEWER, review(p, "housing-construction", ReviewDecision.PASS, "设计合规"));
        assertThat(w.project(p).orElseThrow().state()).isEqualTo(ProjectState.PRE_REVIEW);
        Receipt last = w.execute(REVIEWER, review(p, "civil-affairs", ReviewDecision.PASS, null));
        assertThat(last.eventTypes()).containsExactly("ProjectTransitioned", "DepartmentReviewed");
        assertThat(w.project(p).orElseThrow().state()).isEqualTo(ProjectState.DELIBERATION);
        assertThat(w.preReview(p).orElseThrow().allPassed()).isTrue();
    }

    @Test
    void pass_review_is_refused_while_departments_are_pending_and_names_them() {
        Weishi w = engine();
        String p = submitted(w, "50000");
        w.execute(REVIEWER, review(p, "finance", ReviewDecision.PASS, null));
        assertThatThrownBy(() -> w.execute(REVIEWER, act(p, ProjectAction.PASS_REVIEW)))
                .isInstanceOf(CommandRejectedException.class)
                .hasMessageContaining("WS-REVIEW-002")
                .hasMessageContaining("civil-affairs");
        assertThat(w.project(p).orElseThrow().state()).isEqualTo(ProjectState.PRE_REVIEW);
    }

    @Test
    void a_return_sends_the_project_back_and_resubmission_restarts_only_the_returned_reviews() {
        Weishi w = engine();
        String p = submitted(w, "150000");
        w.execute(REVIEWER, review(p, "finance", ReviewDecision.PASS, null));
        w.execute(REVIEWER, review(p, "housing-construction", ReviewDecision.RETURN, "缺少施工图纸"));
        ProjectStateAssert.state(w, p, ProjectState.RETURNED);
        assertThat(w.project(p).orElseThrow().timeline()).last()
                .satisfies(t -> assertThat(t.reason()).isEqualTo("[housing-construction] 缺少施工图纸"));
        // civil affairs had not decided yet: it still may not review a RETURNED project
        assertThatThrownBy(() -> w.execute(REVIEWER, review(p, "civil-affairs", ReviewDecision.PASS, null)))
                .hasMessageContaining("WS-REVIEW-005");

        drive(w, p, ProjectAction.REVISE, ProjectAction.SUBMIT_FOR_REVIEW);
        PreReviewView v = w.preReview(p).orElseThrow();
        assertThat(v.round()).isEqualTo(2);
        assertThat(v.pending()).containsExactly("civil-affairs", "housing-construction");
        assertThat(v.reviews().get("finance").decision()).isEqualTo(ReviewDecision.PASS);
        assertThat(v.reviews().get("finance").round()).isEqualTo(1);

        w.execute(REVIEWER, review(p, "housing-construction", ReviewDecision.PASS, "已补充图纸"));
        w.execute(REVIEWER, review(p, "civil-affairs", ReviewDecision.PASS, null));
        ProjectStateAssert.state(w, p, ProjectState.DELIBERATION);
    }

    @Test
    void a_reject_rejects_the_project() {
        Weishi w = engine();
        String p = submitted(w, "50000");
        w.execute(REVIEWER, review(p, "civil-affairs", ReviewDecision.REJECT, "与现有居家养老服务重复"));
        ProjectStateAssert.state(w, p, ProjectState.REJECTED);
    }

    @Test
    void bad_reviews_are_refused_with_clear_errors() {
        Weishi w = engine();
        String p = submitted(w, "50000");
        assertThatThrownBy(() -> w.execute(REVIEWER, review(p, "water-affairs", ReviewDecision.PASS, null)))
                .hasMessageContaining("WS-REVIEW-001").hasMessageContaining("civil-affairs, finance");
        assertThatThrownBy(() -> w.execute(REVIEWER, review(p, "finance", ReviewDecision.RETURN, " ")))
                .hasMessageContaining("WS-REVIEW-004");
        assertThatThrownBy(() -> w.execute(TOWN, review(p, "finance", ReviewDecision.PASS, null)))
                .hasMessageContaining("WS-AUTH-001");
        w.execute(REVIEWER, review(p, "finance", ReviewDecision.PASS, null));
        assertThatThrownBy(() -> w.execute(REVIEWER, review(p, "finance", ReviewDecision.PASS, null)))
                .hasMessageContaining("WS-REVIEW-003");
    }

    @Test
    void without_required_departments_pass_review_works_as_before() {
        Weishi w = Fixture.engine();
        String p = w.execute(COMMITTEE, project(org.weishi.spi.ProjectKind.MICRO, "1000")).aggregateId();
        drive(w, p, ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW, ProjectAction.PASS_REVIEW);
        assertThat(w.preReview(p)).isEmpty();
        ProjectStateAssert.state(w, p, ProjectState.DELIBERATION);
    }

    /** Small helper so the steps above read as the story. */
    static final class ProjectStateAssert {
        static void state(Weishi w, String p, ProjectState s) {
            assertThat(w.project(p).orElseThrow().state()).isEqualTo(s);
        }
    }
}
