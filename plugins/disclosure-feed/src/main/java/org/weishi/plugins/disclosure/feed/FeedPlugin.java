package org.weishi.plugins.disclosure.feed;

import java.util.List;
import org.weishi.spi.Capability;
import org.weishi.spi.DistrictPlugin;
import org.weishi.spi.PluginManifest;
import org.weishi.spi.disclosure.DisclosurePublisher;

/** Provides the {@link FeedPublisher} (format {@code feed}). */
@PluginManifest(id = "disclosure-feed", version = "0.1.0", requires = "[0.1,1)", provides = Capability.DISCLOSURE,
        description = "Public JSON feed per scope: projects with their timeline, demands, money; paged",
        vendor = "weishi", license = "Apache-2.0")
public final class FeedPlugin implements DistrictPlugin {
    private final FeedPublisher publisher = new FeedPublisher();

    /** Creates the plug-in. */
    public FeedPlugin() {
    }

    @Override
    public List<DisclosurePublisher> disclosurePublishers() {
        return List.of(publisher);
    }
}
