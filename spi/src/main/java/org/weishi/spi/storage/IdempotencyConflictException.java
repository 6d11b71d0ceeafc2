package org.weishi.spi.storage;

import org.weishi.spi.LocalizedText;
import org.weishi.spi.WeishiException;

/** An idempotency key was reused for a different command. Nothing was written. */
public class IdempotencyConflictException extends WeishiException {
    private static final long serialVersionUID = 1L;
    private final String key;

    /** @param key the reused key */
    public IdempotencyConflictException(String key) {
        super("WS-STORE-003", LocalizedText.of(
                "幂等键 '" + key + "' 已用于另一条不同的命令，本次未写入任何内容。请为新命令使用新的键。",
                "Idempotency key '" + key + "' was already used for a different command; nothing was written. "
                        + "Use a fresh key for a new command."));
        this.key = key;
    }

    /** @return the key */
    public String key() {
        return key;
    }
}
