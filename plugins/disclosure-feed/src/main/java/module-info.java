/**
 * A disclosure publisher plug-in: the public JSON feed of a scope (全过程公示), paged, with a stable,
 * documented schema ({@code META-INF/weishi/disclosure-feed.schema.json}, {@code docs/feed.md}).
 * Depends on the SPI alone (and Jackson).
 */
module org.weishi.plugins.disclosure.feed {
    requires org.weishi.spi;
    requires com.fasterxml.jackson.databind;

    exports org.weishi.plugins.disclosure.feed;

    provides org.weishi.spi.DistrictPlugin with org.weishi.plugins.disclosure.feed.FeedPlugin;
}
