package org.weishi.spi.disclosure;

/**
 * Who a disclosure is for.
 *
 * @since 0.1
 */
public enum Audience {
    /**
     * Everyone (公示): only what the district's policy makes public, masked and redacted. The
     * default everywhere.
     */
    PUBLIC,
    /**
     * Officials only (内部): every field unredacted, including personal information. Publishers must
     * say so in the document itself (a top-level field), so an internal file that leaks is
     * recognisable as such.
     */
    INTERNAL
}
