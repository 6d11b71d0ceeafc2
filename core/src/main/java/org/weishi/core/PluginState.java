package org.weishi.core;

/** Where a plug-in is in its lifecycle. */
public enum PluginState {
    /** Found; not yet checked. */
    DISCOVERED,
    /** Its descriptor, core range and dependencies check out. */
    RESOLVED,
    /** Started; its capabilities are in use. */
    STARTED,
    /** Stopped after use. */
    STOPPED,
    /** Switched off by configuration. */
    DISABLED,
    /** Could not be resolved or started; {@link PluginInfo#problem()} says why. */
    FAILED
}
