package org.weishi.spi.selection;

import org.weishi.spi.LocalizedText;
import org.weishi.spi.WeishiException;

/**
 * An election or a selection request is not valid: a vote for an unknown project, a ballot longer
 * than the election allows, a negative cost, a budget of zero, an option the rule does not support.
 * Nothing was selected. Code {@code WS-SELECT-001} unless a subclass names a more specific one.
 *
 * @since 0.1.0
 */
public class SelectionException extends WeishiException {
    private static final long serialVersionUID = 1L;

    /** The code of a bad election or request. */
    public static final String CODE = "WS-SELECT-001";

    /**
     * @param text what is wrong, which thing, and what to do, in both languages
     */
    public SelectionException(LocalizedText text) {
        super(CODE, text);
    }

    /**
     * @param zh the message in zh-CN
     * @param en the message in English
     */
    public SelectionException(String zh, String en) {
        this(LocalizedText.of(zh, en));
    }

    /**
     * For subclasses with a more specific stable code.
     *
     * @param code stable code, e.g. {@code WS-SELECT-002}
     * @param text the message
     * @param cause the cause, may be null
     */
    protected SelectionException(String code, LocalizedText text, Throwable cause) {
        super(code, text, cause);
    }
}
