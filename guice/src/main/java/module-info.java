/** Guice integration: install {@link org.weishi.guice.WeishiModule} in a Guice injector. */
module org.weishi.guice {
    requires transitive org.weishi.core;
    requires transitive com.google.guice;
    requires jakarta.inject;

    exports org.weishi.guice;
    // Guice calls the module's @Provides methods reflectively (JPMS-NOTES pitfall 2).
    opens org.weishi.guice to com.google.guice;
}
