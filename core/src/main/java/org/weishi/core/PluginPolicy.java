package org.weishi.core;

/** What the host does when a plug-in cannot be resolved or started. */
public enum PluginPolicy {
    /** Refuse to start the engine, listing every problem. The default. */
    FAIL_FAST,
    /** Start every plug-in that can start; skip the broken ones and whatever depends on them. */
    SKIP_BROKEN
}
