package org.weishi.core;

import java.util.Objects;
import org.weishi.spi.LocalizedText;

/**
 * One thing wrong with a command.
 *
 * @param code stable code, e.g. {@code WS-CMD-001}; see {@code docs/errors.md}
 * @param field the path of the offending field ({@code submitter.phone}), or empty when the
 *              problem is not about one field
 * @param message what is wrong, in zh-CN and English
 */
public record Problem(String code, String field, LocalizedText message) {
    /** Validates the parts. */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        field = field == null ? "" : field;
    }

    @Override
    public String toString() {
        return "[" + code + "]" + (field.isEmpty() ? "" : " " + field + ":") + " " + message.en() + " / " + message.zh();
    }
}
