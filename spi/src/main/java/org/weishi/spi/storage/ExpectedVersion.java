package org.weishi.spi.storage;

/**
 * The version a writer expects a stream to be at before its append: optimistic concurrency.
 * A stream's version is the number of events in it; the first event has version 1.
 *
 * @param value {@code -1} for any, {@code 0} for "the stream must not exist yet", otherwise the
 *              exact current version
 */
public record ExpectedVersion(long value) {
    /** Append whatever the stream's version. */
    public static final ExpectedVersion ANY = new ExpectedVersion(-1);
    /** The stream must be empty: the append creates it. */
    public static final ExpectedVersion NO_STREAM = new ExpectedVersion(0);

    /** Validates the value. */
    public ExpectedVersion {
        if (value < -1) throw new IllegalArgumentException("expected version must be -1 (any) or >= 0");
    }

    /**
     * @param version the exact version expected
     * @return the expectation
     */
    public static ExpectedVersion exactly(long version) {
        return new ExpectedVersion(version);
    }

    /**
     * @param actual the stream's current version
     * @return whether an append may proceed
     */
    public boolean matches(long actual) {
        return value == -1 || value == actual;
    }

    @Override
    public String toString() {
        return value == -1 ? "any" : value == 0 ? "no stream" : Long.toString(value);
    }
}
