package org.weishi.plugins.rules.standard;

import java.util.ArrayList;
import java.util.List;
import org.weishi.spi.Capability;
import org.weishi.spi.DistrictPlugin;
import org.weishi.spi.PluginContext;
import org.weishi.spi.PluginManifest;
import org.weishi.spi.approval.ApprovalRule;

/**
 * The standard rule pack. Its configuration block ({@link StandardRulesConfig}) is validated when
 * the plug-in starts: every problem is listed at once, each naming the rule and the path, and the
 * plug-in fails to start (the host refuses to build under the fail-fast policy).
 */
@PluginManifest(id = "rules-standard", version = "0.1.0", requires = "[0.1,1)", provides = Capability.APPROVAL_RULE,
        description = "Standard approval rules: cost caps by type, categories per kind, review departments, "
                + "envelope availability, project/procedure/legal gates",
        vendor = "weishi", license = "Apache-2.0")
public final class StandardRulesPlugin implements DistrictPlugin {
    private volatile List<ApprovalRule> rules = List.of();

    /** Creates the plug-in; it does nothing until started. */
    public StandardRulesPlugin() {
    }

    @Override
    public void start(PluginContext context) {
        StandardRulesConfig config = context.config(StandardRulesConfig.class);
        rules = create(config);
        context.logger().log(System.Logger.Level.INFO, "standard rules enabled: "
                + rules.stream().map(ApprovalRule::id).toList());
    }

    @Override
    public List<ApprovalRule> approvalRules() {
        return rules;
    }

    /**
     * Builds the enabled rules of a configuration, for hosts that register rules directly
     * ({@code WeishiBuilder.approvalRule}) and for tests.
     *
     * @param config the configuration
     * @return the enabled rules, in the order of {@link StandardRulesConfig#ruleIds()}
     * @throws org.weishi.spi.WeishiException {@code WS-PLUGIN-009} listing every problem
     */
    public static List<ApprovalRule> create(StandardRulesConfig config) {
        Settings s = config.settings();
        List<ApprovalRule> out = new ArrayList<>();
        for (ApprovalRule r : List.of(new CostCapRule(s), new CategoryByKindRule(s), new ReviewDepartmentsRule(s),
                new EnvelopeAvailableRule(s), new ProjectGateRule(s), new ProcedureGateRule(s), new LegalGateRule(s))) {
            if (s.enabled(r.id())) out.add(r);
        }
        return List.copyOf(out);
    }
}
