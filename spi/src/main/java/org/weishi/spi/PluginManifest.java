package org.weishi.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a plug-in's descriptor on its class, so the host can read the id, version and
 * dependencies from {@code ServiceLoader.Provider.type()} <em>without</em> running the plug-in's
 * constructor: a plug-in whose constructor throws is still reported by name.
 *
 * <pre>{@code
 * @PluginManifest(id = "doumen-rules", version = "1.0.0", requires = "[0.1,1)",
 *                 provides = Capability.APPROVAL_RULE, vendor = "斗门区", license = "Apache-2.0")
 * public final class DoumenRulesPlugin implements DistrictPlugin { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PluginManifest {
    /** @return stable id: lowercase letters, digits and dashes */
    String id();

    /** @return the plug-in's own version */
    String version();

    /** @return the core versions this plug-in was built against */
    String requires() default "*";

    /** @return dependencies in {@link PluginDependency} syntax */
    String[] dependencies() default {};

    /** @return the capabilities provided */
    Capability[] provides() default {};

    /** @return one line on what it does */
    String description() default "";

    /** @return who ships it */
    String vendor() default "";

    /** @return its licence */
    String license() default "";

    /** @return higher wins when two plug-ins provide the same single capability (storage) */
    int priority() default 0;
}
