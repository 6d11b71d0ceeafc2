package org.weishi.core;

import static org.weishi.core.Fixture.*;

import java.math.BigDecimal;
import java.util.List;
import org.weishi.core.budget.FundingSource;
import org.weishi.core.command.AllocateFunds;
import org.weishi.core.command.DraftProject;
import org.weishi.core.command.FundEnvelope;
import org.weishi.core.command.FundingLine;
import org.weishi.core.command.OpenEnvelope;
import org.weishi.core.command.SetFundingPlan;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.ProjectType;

/** Envelopes and funded projects for budget tests. */
final class Budgets {
    static final String DISTRICT_ENV = "doumen-2021";
    static final String JINGAN_ENV = "jingan-2021";
    static final String XIPU_ENV = "xipu-2021";
    static final String BAIJIAO_ENV = "baijiao-2021";

    private Budgets() {
    }

    static OpenEnvelope open(String id, String scope) {
        return new OpenEnvelope(id, scope, 2021, id + " 民生微实事资金");
    }

    static FundEnvelope fund(String id, FundingSource source, String yuan) {
        return new FundEnvelope(id, source, new BigDecimal(yuan), "斗财〔2021〕1号");
    }

    static AllocateFunds allocate(String from, String to, String yuan) {
        return new AllocateFunds(from, to, new BigDecimal(yuan), "年度下达");
    }

    /**
     * District envelope with 1,000,000 (900,000 district finance + 100,000 foundation), 400,000
     * allocated to Jing'an, 100,000 of that to Xipu; Baijiao opened empty.
     */
    static void standardEnvelopes(Weishi w) {
        w.execute(ADMIN, open(DISTRICT_ENV, DISTRICT));
        w.execute(ADMIN, open(JINGAN_ENV, JINGAN));
        w.execute(TOWN, open(XIPU_ENV, XIPU));
        w.execute(ADMIN, open(BAIJIAO_ENV, BAIJIAO));
        w.execute(ADMIN, fund(DISTRICT_ENV, FundingSource.DISTRICT_FINANCE, "900000"));
        w.execute(ADMIN, fund(DISTRICT_ENV, FundingSource.CIVILISATION_FOUNDATION, "100000"));
        w.execute(ADMIN, allocate(DISTRICT_ENV, JINGAN_ENV, "400000"));
        w.execute(TOWN, allocate(JINGAN_ENV, XIPU_ENV, "100000"));
    }

    static DraftProject draft(ProjectKind kind, ProjectType type, String cost) {
        return new DraftProject(kind, type, "长者助浴", "elderly-care", XIPU, new BigDecimal(cost), "西埔社区居委会", 2021,
                "为辖区独居老人提供上门助浴");
    }

    /** Drafts a MICRO service project, funds it from the given lines and drives it to NOTICE. */
    static String atNotice(Weishi w, String cost, FundingLine... lines) {
        String p = w.execute(COMMITTEE, draft(ProjectKind.MICRO, ProjectType.SERVICE, cost)).aggregateId();
        if (lines.length > 0) w.execute(COMMITTEE, new SetFundingPlan(p, List.of(lines)));
        drive(w, p, ProjectAction.PROPOSE, ProjectAction.SUBMIT_FOR_REVIEW, ProjectAction.PASS_REVIEW, ProjectAction.PASS_VOTE);
        CLOCK.advance(java.time.Duration.ofDays(10)); // the notice period runs out before approval
        return p;
    }
}
