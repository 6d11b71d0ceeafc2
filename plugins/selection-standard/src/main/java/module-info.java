/**
 * The standard selection rules (greedy, greedy-no-skip, Method of Equal Shares, add1 completion,
 * recorded) and the Pabulib file format, as a weishi plug-in. Depends on {@code org.weishi.spi}
 * alone.
 */
module org.weishi.plugins.selection {
    requires transitive org.weishi.spi;

    exports org.weishi.plugins.selection;
    exports org.weishi.plugins.selection.pabulib;
    exports org.weishi.plugins.selection.rules;

    provides org.weishi.spi.DistrictPlugin with org.weishi.plugins.selection.SelectionStandardPlugin;
}
