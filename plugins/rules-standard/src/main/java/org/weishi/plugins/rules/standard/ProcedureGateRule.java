package org.weishi.plugins.rules.standard;

import java.util.ArrayList;
import java.util.List;
import org.weishi.spi.approval.Gate;
import org.weishi.spi.approval.ProjectFacts;
import org.weishi.spi.approval.Verdict;

/**
 * {@code procedure-gate} (程序关): approval follows the procedure: the public notice (公示) and a
 * pre-review passed by every required department. Reads {@code prereview.required} and
 * {@code prereview.passed} (absent: no department was required).
 */
final class ProcedureGateRule extends StandardRule {
    ProcedureGateRule(Settings s) {
        super(Settings.PROCEDURE_GATE, s, Gate.APPROVAL);
    }

    @Override
    Verdict check(Gate gate, ProjectFacts f) {
        List<String[]> found = new ArrayList<>();
        if (settings.requireNotice && !"NOTICE".equals(f.state())) {
            found.add(new String[]{"程序关：立项前须经公示，当前状态为 " + f.state(),
                    "procedure gate: approval must follow the public notice, but the project is " + f.state()});
        }
        if (settings.requireReviews) {
            List<String> open = new ArrayList<>(list(f, "prereview.required"));
            open.removeAll(list(f, "prereview.passed"));
            if (!open.isEmpty()) {
                found.add(new String[]{"程序关：部门预审未全部通过，尚未通过的部门：" + open,
                        "procedure gate: pre-review is not passed by every required department; not yet passed: " + open});
            }
        }
        return findings(found, true);
    }
}
