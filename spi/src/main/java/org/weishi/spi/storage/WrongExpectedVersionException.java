package org.weishi.spi.storage;

import org.weishi.spi.LocalizedText;
import org.weishi.spi.WeishiException;

/** A stream was not at the version the writer expected: someone else changed it first. */
public class WrongExpectedVersionException extends WeishiException {
    private static final long serialVersionUID = 1L;
    private final StreamId stream;
    private final ExpectedVersion expected;
    private final long actual;

    /**
     * @param stream the stream
     * @param expected what the writer expected
     * @param actual the stream's version
     */
    public WrongExpectedVersionException(StreamId stream, ExpectedVersion expected, long actual) {
        super("WS-STORE-002", LocalizedText.of(
                "'" + stream + "' 已被他人修改：期望版本 " + expected + "，实际版本 " + actual + "。请刷新后重试。",
                "'" + stream + "' was changed by someone else: expected version " + expected + ", actual "
                        + actual + ". Reload and retry."));
        this.stream = stream;
        this.expected = expected;
        this.actual = actual;
    }

    /** @return the stream */
    public StreamId stream() {
        return stream;
    }

    /** @return the expected version */
    public ExpectedVersion expected() {
        return expected;
    }

    /** @return the actual version */
    public long actual() {
        return actual;
    }
}
