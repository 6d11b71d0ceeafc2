/**
 * The contract between weishi and its plug-ins: storage, approval rules, notifiers, selection
 * rules, disclosure publishers, and the value types they see. This module depends on the JDK alone, so a district's
 * plug-in compiles against it without pulling in the engine.
 */
module org.weishi.spi {
    exports org.weishi.spi;
    exports org.weishi.spi.storage;
    exports org.weishi.spi.approval;
    exports org.weishi.spi.notify;
    exports org.weishi.spi.disclosure;
    exports org.weishi.spi.selection;
}
