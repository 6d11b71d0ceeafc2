/**
 * 斗门区的地方规则 — Doumen district's own approval rules, written against {@code org.weishi.spi} alone
 * and shipped as one jar for a plug-in directory.
 */
@SuppressWarnings("module") // Jackson and the validator belong to the host; they are absent when this compiles
module org.weishi.examples.districtrules {
    requires org.weishi.spi;

    exports org.weishi.examples.districtrules;
    // The host binds our JSON block to DoumenRulesConfig and validates it.
    opens org.weishi.examples.districtrules to com.fasterxml.jackson.databind, org.hibernate.validator;

    provides org.weishi.spi.DistrictPlugin with org.weishi.examples.districtrules.DoumenRulesPlugin;
}
