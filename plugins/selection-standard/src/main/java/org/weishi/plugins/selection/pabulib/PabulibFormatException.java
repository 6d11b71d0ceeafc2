package org.weishi.plugins.selection.pabulib;

import org.weishi.spi.LocalizedText;
import org.weishi.spi.selection.SelectionException;

/**
 * A Pabulib file cannot be read: the message names the file, the line and column (both counted
 * from 1) and the reason. Code {@code WS-SELECT-002}.
 */
public class PabulibFormatException extends SelectionException {
    private static final long serialVersionUID = 1L;

    /** The stable code of a malformed Pabulib file. */
    public static final String CODE = "WS-SELECT-002";

    private final String source;
    private final int line;
    private final int column;

    /**
     * @param source the file name (or another label of the input)
     * @param line the line, from 1
     * @param column the column (character position in the line), from 1
     * @param zh the reason in zh-CN
     * @param en the reason in English
     */
    public PabulibFormatException(String source, int line, int column, String zh, String en) {
        this(source, line, column, zh, en, null);
    }

    /**
     * @param source the file name (or another label of the input)
     * @param line the line, from 1
     * @param column the column, from 1
     * @param zh the reason in zh-CN
     * @param en the reason in English
     * @param cause the cause, may be null
     */
    public PabulibFormatException(String source, int line, int column, String zh, String en, Throwable cause) {
        super(CODE, LocalizedText.of(source + " 第 " + line + " 行第 " + column + " 列：" + zh,
                source + ":" + line + ":" + column + ": " + en), cause);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** @return the file name or label */
    public String source() {
        return source;
    }

    /** @return the line, from 1 */
    public int line() {
        return line;
    }

    /** @return the column, from 1 */
    public int column() {
        return column;
    }
}
