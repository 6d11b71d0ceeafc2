/** A notifier plug-in that writes each committed event to the SLF4J log. */
module org.weishi.plugins.notify.log {
    requires org.weishi.spi;
    requires org.slf4j;

    exports org.weishi.plugins.notify.log;

    provides org.weishi.spi.DistrictPlugin with org.weishi.plugins.notify.log.LogNotifierPlugin;
}
