package org.weishi.examples.districtrules;

import java.util.List;
import org.weishi.spi.Capability;
import org.weishi.spi.DistrictPlugin;
import org.weishi.spi.PluginContext;
import org.weishi.spi.PluginManifest;
import org.weishi.spi.approval.ApprovalRule;

/**
 * 斗门区地方规则: an engineering project above CNY 300,000 also needs the housing and construction
 * bureau, and one village's micro-project money in a year stays within 30% of its town's envelope.
 * Both limits come from the {@code doumen-rules} configuration block.
 */
@PluginManifest(id = "doumen-rules", version = "1.0.0", requires = "[0.1,1)", provides = Capability.APPROVAL_RULE,
        description = "Doumen district rules: housing bureau review for large engineering projects; village share of the town envelope",
        vendor = "斗门区民生微实事办公室 (example)", license = "Apache-2.0")
public final class DoumenRulesPlugin implements DistrictPlugin {
    private volatile List<ApprovalRule> rules = List.of();

    /** Does nothing until started. */
    public DoumenRulesPlugin() {
    }

    @Override
    public void start(PluginContext context) {
        rules = create(context.config(DoumenRulesConfig.class));
    }

    @Override
    public List<ApprovalRule> approvalRules() {
        return rules;
    }

    /**
     * @param config the settings
     * @return the rules
     * @throws org.weishi.spi.WeishiException {@code WS-PLUGIN-009} listing every problem of the settings
     */
    public static List<ApprovalRule> create(DoumenRulesConfig config) {
        config.check();
        return List.of(new HousingReviewRule(config.threshold(), config.department()), new VillageShareRule(config.share()));
    }
}
