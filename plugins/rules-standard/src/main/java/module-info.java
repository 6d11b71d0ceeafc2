/**
 * The standard approval rule pack of weishi: cost caps by project type, categories per kind,
 * departments per category for pre-review, envelope availability at approval, and the project,
 * procedure and legal gates (项目关、程序关、法律关). Depends on {@code org.weishi.spi} alone.
 */
@SuppressWarnings("module") // the validator and Jackson are the core's; they are absent when this compiles
module org.weishi.plugins.rules.standard {
    requires org.weishi.spi;

    exports org.weishi.plugins.rules.standard;
    // The core binds the JSON configuration to StandardRulesConfig (Jackson) and validates it.
    opens org.weishi.plugins.rules.standard to com.fasterxml.jackson.databind, org.hibernate.validator;

    provides org.weishi.spi.DistrictPlugin with org.weishi.plugins.rules.standard.StandardRulesPlugin;
}
