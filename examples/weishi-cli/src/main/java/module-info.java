/**
 * The {@code weishi} command: the operator tool and the plain-Java host example. Its {@code demo}
 * runs the Doumen 2021 scenario through the real engine.
 */
module org.weishi.cli {
    requires org.weishi.core;
    requires org.weishi.plugins.storage.memory;
    requires org.weishi.plugins.notify.log;
    requires org.weishi.plugins.storage.jdbc;
    requires org.weishi.plugins.selection;
    requires org.weishi.plugins.disclosure.feed;
    requires org.weishi.plugins.disclosure.ocds;
    requires info.picocli;
    requires org.slf4j;
    requires java.logging;

    // picocli reads the command classes' annotated fields reflectively.
    opens org.weishi.cli to info.picocli;

    uses org.weishi.spi.DistrictPlugin;
}
