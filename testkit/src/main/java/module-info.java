/**
 * Contract suites for plug-in authors: extend {@link org.weishi.testkit.EventStoreContract} (and
 * the other contracts) in your plug-in's tests and implement the factory method.
 */
module org.weishi.testkit {
    requires transitive org.weishi.spi;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;

    exports org.weishi.testkit;
    opens org.weishi.testkit to org.junit.platform.commons;
}
