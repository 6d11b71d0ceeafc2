package org.weishi.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock for the demo: starts at a given instant and moves on a fixed step each time it is read. */
final class SteppingClock extends Clock {
    private final AtomicLong nanos;
    private final long stepNanos;

    SteppingClock(Instant start, Duration step) {
        this.nanos = new AtomicLong(start.getEpochSecond() * 1_000_000_000L + start.getNano());
        this.stepNanos = step.toNanos();
    }

    /** @param d how far to jump ahead (a phase of the year passes) */
    void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        long n = nanos.getAndAdd(stepNanos);
        return Instant.ofEpochSecond(n / 1_000_000_000L, n % 1_000_000_000L);
    }
}
