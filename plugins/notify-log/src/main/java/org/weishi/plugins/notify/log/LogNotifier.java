package org.weishi.plugins.notify.log;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.weishi.spi.notify.Notification;
import org.weishi.spi.notify.Notifier;

/**
 * Writes one log line per committed event at INFO on logger {@code weishi.notify}: id, stream,
 * type and recipients (person keys, never names or phones). Redeliveries after a restart log the
 * same id again; a log reader de-duplicates by it.
 */
public final class LogNotifier implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger("weishi.notify");
    private final AtomicLong delivered = new AtomicLong();

    /** A log notifier. */
    public LogNotifier() {
    }

    @Override
    public String id() {
        return "log";
    }

    @Override
    public void deliver(Notification n) {
        delivered.incrementAndGet();
        if (LOG.isInfoEnabled()) {
            LOG.info("{} {} {} recipients={}", n.id(), n.stream(), n.type(), n.recipients());
        }
    }

    /** @return how many notifications were delivered since start */
    public long delivered() {
        return delivered.get();
    }
}
