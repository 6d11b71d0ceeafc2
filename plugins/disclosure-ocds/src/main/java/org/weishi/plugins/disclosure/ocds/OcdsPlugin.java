package org.weishi.plugins.disclosure.ocds;

import java.util.List;
import java.util.Map;
import org.weishi.spi.Capability;
import org.weishi.spi.DistrictPlugin;
import org.weishi.spi.PluginContext;
import org.weishi.spi.PluginManifest;
import org.weishi.spi.disclosure.DisclosurePublisher;

/**
 * Provides the {@link OcdsPublisher} (format {@code ocds}). Configuration (optional):
 * {@code ocidPrefix} (default {@value OcdsPublisher#DEFAULT_OCID_PREFIX}; register a real prefix
 * with the Open Contracting Partnership before publishing) and {@code packageUri} (the base URI
 * packages are published under).
 */
@PluginManifest(id = "disclosure-ocds", version = "0.1.0", requires = "[0.1,1)", provides = Capability.DISCLOSURE,
        description = "OCDS 1.1.5 release packages: one ocid per project, budget, parties, contracts, milestones",
        vendor = "weishi", license = "Apache-2.0")
public final class OcdsPlugin implements DistrictPlugin {
    private volatile OcdsPublisher publisher = new OcdsPublisher(Map.of());

    /** Creates the plug-in. */
    public OcdsPlugin() {
    }

    @Override
    public void start(PluginContext context) {
        Map<String, String> settings = new java.util.HashMap<>();
        context.rawConfig().forEach((k, v) -> {
            if (v != null) settings.put(k, v.toString());
        });
        publisher = new OcdsPublisher(settings);
    }

    @Override
    public List<DisclosurePublisher> disclosurePublishers() {
        return List.of(publisher);
    }
}
