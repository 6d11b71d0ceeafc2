/**
 * The weishi engine. Hosts use {@link org.weishi.core.Weishi} (built with
 * {@link org.weishi.core.Weishi#builder()}); everything under {@code org.weishi.core.internal} is
 * unexported and may change without notice.
 */
module org.weishi.core {
    requires transitive org.weishi.spi;
    requires com.fasterxml.jackson.databind;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires org.slf4j;

    exports org.weishi.core;
    exports org.weishi.core.disclosure;

    uses org.weishi.spi.DistrictPlugin;
}
