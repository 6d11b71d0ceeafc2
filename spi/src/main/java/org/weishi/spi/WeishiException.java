package org.weishi.spi;

/**
 * The single root of every exception weishi throws. Catch this to catch them all.
 *
 * <p>Every weishi exception carries a stable {@linkplain #code() code} (for example
 * {@code WS-CMD-001}), documented in {@code docs/errors.md}, and a message in English and
 * Simplified Chinese that says what failed, which thing, why, and what to do.
 */
public class WeishiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final LocalizedText text;

    /**
     * @param code stable error code, for example {@code WS-STORE-001}
     * @param text the message in both languages
     */
    public WeishiException(String code, LocalizedText text) {
        this(code, text, null);
    }

    /**
     * @param code stable error code
     * @param text the message in both languages
     * @param cause the underlying cause, may be null
     */
    public WeishiException(String code, LocalizedText text, Throwable cause) {
        super("[" + code + "] " + text.en() + " / " + text.zh(), cause);
        this.code = code;
        this.text = text;
    }

    /** @return the stable error code, e.g. {@code WS-CMD-001} */
    public String code() {
        return code;
    }

    /** @return the message in both languages, without the code */
    public LocalizedText text() {
        return text;
    }
}
