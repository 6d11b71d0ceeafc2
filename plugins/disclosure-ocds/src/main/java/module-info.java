/**
 * A disclosure publisher plug-in: OCDS 1.1.5 release packages (Open Contracting Data Standard),
 * one ocid per project. Depends on the SPI alone (and Jackson).
 */
module org.weishi.plugins.disclosure.ocds {
    requires org.weishi.spi;
    requires com.fasterxml.jackson.databind;

    exports org.weishi.plugins.disclosure.ocds;

    provides org.weishi.spi.DistrictPlugin with org.weishi.plugins.disclosure.ocds.OcdsPlugin;
}
