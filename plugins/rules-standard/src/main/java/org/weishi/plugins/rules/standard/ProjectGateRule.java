package org.weishi.plugins.rules.standard;

import java.util.ArrayList;
import java.util.List;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.approval.Gate;
import org.weishi.spi.approval.ProjectFacts;
import org.weishi.spi.approval.Verdict;

/**
 * {@code project-gate} (项目关): the project itself is sound: it has a budget; a micro-project sits
 * at village/community level and comes from residents' demands (群众点单). Needs revision otherwise.
 */
final class ProjectGateRule extends StandardRule {
    ProjectGateRule(Settings s) {
        super(Settings.PROJECT_GATE, s, Gate.PRE_REVIEW, Gate.APPROVAL);
    }

    @Override
    Verdict check(Gate gate, ProjectFacts f) {
        List<String[]> found = new ArrayList<>();
        if (f.estimatedCost().fen() <= 0) {
            found.add(new String[]{"项目关：项目预算必须大于 0（当前 " + Labels.yuanZh(f.estimatedCost()) + "）",
                    "project gate: the budget must be above zero (is " + Labels.yuanEn(f.estimatedCost()) + ")"});
        }
        if (f.kind() == ProjectKind.MICRO && settings.microAtCommunityLevel && f.scopePath().size() != 3) {
            found.add(new String[]{"项目关：民生微实事项目应落在村（社区）一级，当前区域为 " + f.scopeId(),
                    "project gate: a micro-project belongs to a village or community, but its scope is " + f.scopeId()});
        }
        if (f.kind() == ProjectKind.MICRO && f.demandCount() < settings.minDemandsForMicro) {
            found.add(new String[]{"项目关：民生微实事项目应来自群众点单，至少关联 " + settings.minDemandsForMicro + " 条需求，当前 " + f.demandCount() + " 条",
                    "project gate: a micro-project comes from residents' demands: at least " + settings.minDemandsForMicro
                            + " linked, has " + f.demandCount()});
        }
        return findings(found, false);
    }
}
