/**
 * The weishi engine. Hosts use {@link org.weishi.core.Weishi} (built with
 * {@link org.weishi.core.Weishi#builder()}); everything under {@code org.weishi.core.internal} is
 * unexported and may change without notice.
 */
module org.weishi.core {
    requires transitive org.weishi.spi;
    requires transitive jakarta.validation;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.hibernate.validator;
    requires org.slf4j;

    exports org.weishi.core;
    exports org.weishi.core.audit;
    exports org.weishi.core.budget;
    exports org.weishi.core.command;
    exports org.weishi.core.deliberation;
    exports org.weishi.core.disclosure;
    exports org.weishi.core.district;
    exports org.weishi.core.event;
    exports org.weishi.core.lifecycle;
    exports org.weishi.core.view;

    // Hibernate Validator reads the command records' components reflectively; Jackson writes
    // them for idempotency fingerprints.
    opens org.weishi.core.command to org.hibernate.validator, com.fasterxml.jackson.databind;
    // Jackson writes and reads events and views.
    opens org.weishi.core.event to com.fasterxml.jackson.databind;
    opens org.weishi.core.view to com.fasterxml.jackson.databind;
    opens org.weishi.core.deliberation to com.fasterxml.jackson.databind;

    uses org.weishi.spi.DistrictPlugin;
}
