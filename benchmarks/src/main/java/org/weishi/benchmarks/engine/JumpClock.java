package org.weishi.benchmarks.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that benchmarks move past notice periods; it only goes forwards. Thread-safe. */
public final class JumpClock extends Clock {
    private final AtomicLong seconds = new AtomicLong(Instant.parse("2021-01-04T01:00:00Z").getEpochSecond());

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
        return Instant.ofEpochSecond(seconds.get());
    }

    /** @param d how far to move forwards */
    public void jump(Duration d) {
        seconds.addAndGet(d.toSeconds());
    }
}
