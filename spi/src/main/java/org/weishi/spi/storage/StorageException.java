package org.weishi.spi.storage;

import org.weishi.spi.LocalizedText;
import org.weishi.spi.WeishiException;

/** A store failed for a reason outside the caller's command (I/O, database). Nothing was written. */
public class StorageException extends WeishiException {
    private static final long serialVersionUID = 1L;

    /**
     * @param text what failed, in both languages
     * @param cause the cause
     */
    public StorageException(LocalizedText text, Throwable cause) {
        super("WS-STORE-001", text, cause);
    }

    /**
     * @param code a more specific code
     * @param text what failed
     * @param cause the cause, may be null
     */
    protected StorageException(String code, LocalizedText text, Throwable cause) {
        super(code, text, cause);
    }
}
