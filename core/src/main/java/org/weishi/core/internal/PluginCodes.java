package org.weishi.core.internal;

/**
 * The plug-in host's stable error codes, in one place; each is explained with what to do in
 * {@code docs/errors.md}. Never reuse or renumber a code.
 */
final class PluginCodes {
    /** Two plug-ins share an id. */
    static final String DUPLICATE = "WS-PLUGIN-001";
    /** The plug-in's {@code requires} range leaves out the running core. */
    static final String CORE_RANGE = "WS-PLUGIN-002";
    /** A required plug-in dependency is not installed. */
    static final String MISSING_DEPENDENCY = "WS-PLUGIN-003";
    /** A plug-in dependency is installed in a version outside the range. */
    static final String DEPENDENCY_VERSION = "WS-PLUGIN-004";
    /** Plug-ins depend on each other in a cycle. */
    static final String CYCLE = "WS-PLUGIN-005";
    /** Skipped because a required plug-in is broken or disabled. */
    static final String BROKEN_DEPENDENCY = "WS-PLUGIN-006";
    /** The plug-in's constructor threw. */
    static final String CONSTRUCTOR = "WS-PLUGIN-007";
    /** The plug-in's start threw, or it failed handing over its capabilities. */
    static final String START = "WS-PLUGIN-008";
    /** The plug-in's configuration cannot be bound or breaks its constraints. */
    static final String CONFIG = "WS-PLUGIN-009";
    /** A provider cannot be loaded or has no readable descriptor. */
    static final String UNREADABLE = "WS-PLUGIN-010";
    /** Not a jar, or a jar that cannot be read. */
    static final String NOT_A_JAR = "WS-PLUGIN-011";
    /** A module the plug-in requires is not there. */
    static final String MISSING_MODULE = "WS-PLUGIN-012";
    /** The plug-in has a package that spi, the core or another of its modules already has. */
    static final String SPLIT_PACKAGE = "WS-PLUGIN-013";
    /** Any other reason the plug-in's module graph cannot be built. */
    static final String BAD_MODULE = "WS-PLUGIN-014";
    /** A jar or folder that loads but holds no plug-in. */
    static final String NO_PLUGIN = "WS-PLUGIN-015";
    /** The plug-in directory itself is missing or unreadable. */
    static final String BAD_DIRECTORY = "WS-PLUGIN-016";

    private PluginCodes() {
    }
}
