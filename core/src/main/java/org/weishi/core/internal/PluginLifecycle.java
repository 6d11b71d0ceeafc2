package org.weishi.core.internal;

import static org.weishi.core.internal.PluginCodes.*;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.weishi.core.PluginPolicy;
import org.weishi.core.PluginState;
import org.weishi.spi.WeishiException;

/**
 * Starts plug-ins one by one and stops the started ones in reverse order. A plug-in that throws
 * in its constructor or {@code start} is FAILED with its cause kept, and the next one starts as
 * if nothing happened: a broken plug-in never takes the host down.
 */
final class PluginLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(PluginLifecycle.class);
    private final PluginPolicy policy;
    private final Map<String, Map<String, Object>> configs;
    private final Clock clock;
    private final CommandValidator validator;
    private final List<PluginHandle> started = new ArrayList<>();

    /**
     * @param policy decides whether a failure is logged (skip broken) or only thrown later (fail fast)
     * @param configs each plug-in's configuration block, by id
     * @param clock the engine clock handed to plug-ins
     * @param validator validates configuration records
     */
    PluginLifecycle(PluginPolicy policy, Map<String, Map<String, Object>> configs, Clock clock, CommandValidator validator) {
        this.policy = policy;
        this.configs = configs;
        this.clock = clock;
        this.validator = validator;
    }

    /** @return the started plug-ins, in start order */
    List<PluginHandle> started() {
        return List.copyOf(started);
    }

    /**
     * Constructs (when needed) and starts one plug-in with its configuration, the plug-in's layer
     * as context class loader. A throw marks it FAILED with the cause kept; nothing is thrown.
     *
     * @param h a resolved plug-in whose dependencies started
     */
    void start(PluginHandle h) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        // Libraries inside a plug-in that look things up through the context class loader (ServiceLoader.load(X),
        // JAXB, JDBC drivers) must see the plug-in's own layer, not the host's.
        if (h.loader() != null) thread.setContextClassLoader(h.loader());
        try {
            construct(h);
            if (h.state != PluginState.FAILED) startConstructed(h);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private void construct(PluginHandle h) {
        try {
            if (h.instance == null) h.instance = h.factory.get();
        } catch (Throwable e) {
            Throwable cause = e instanceof ServiceConfigurationError && e.getCause() != null ? e.getCause() : e;
            h.failure = cause;
            h.fail(CONSTRUCTOR, h.who() + " could not be constructed: " + cause
                    + ". Its public no-argument constructor (or public static provider() method) must not fail; report this"
                    + " to its vendor.");
            logFailure("{} could not be constructed", h, cause);
        }
    }

    private void startConstructed(PluginHandle h) {
        try {
            h.instance.start(new DefaultPluginContext(h.descriptor, configs.getOrDefault(h.id(), Map.of()), clock, validator));
            h.state = PluginState.STARTED;
            started.add(h);
            LOG.debug("{} started", h.who());
        } catch (Throwable e) {
            h.failure = e;
            String msg = e.getMessage() == null ? e.toString() : e.getMessage();
            if (e instanceof WeishiException we && we.code().equals(CONFIG)) {
                h.fail(CONFIG, h.who() + " refused its configuration: " + we.text().en() + ". Correct the 'plugins."
                        + h.id() + ".config' block of the configuration file.");
            } else if (e instanceof LinkageError) {
                // A bare NoClassDefFoundError message is just a class name; say what it usually means.
                h.fail(START, h.who() + " failed to start: " + e + ". A class is missing or does not match: the jar is"
                        + " incomplete, needs a library that is not in its folder, or was built against another weishi-spi;"
                        + " rebuild it against this core's spi. The other plug-ins go on without it.");
            } else {
                h.fail(START, h.who() + " failed to start: " + msg + ". Check its configuration and logs; the other"
                        + " plug-ins go on without it.");
            }
            logFailure("{} failed to start", h, e);
        }
    }

    /**
     * Under FAIL_FAST the failure is thrown (in a PluginException) and must not also be logged as a warning;
     * under SKIP_BROKEN the row is the only other trace, so the stack trace goes to the log.
     */
    private void logFailure(String message, PluginHandle h, Throwable e) {
        if (policy == PluginPolicy.SKIP_BROKEN) LOG.warn(message, h.who(), e);
        else LOG.debug(message, h.who(), e);
    }

    /** Stops started plug-ins in reverse start order. */
    void stopAll() {
        for (int i = started.size() - 1; i >= 0; i--) {
            PluginHandle h = started.get(i);
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            if (h.loader() != null) thread.setContextClassLoader(h.loader());
            try {
                h.instance.stop();
            } catch (Throwable e) {
                // Stopping goes on for the others; the plug-in is stopped as far as the host is concerned.
                LOG.warn("{} failed to stop cleanly", h.who(), e);
            } finally {
                thread.setContextClassLoader(before);
                // One that failed while handing over its capabilities keeps FAILED and its cause.
                if (h.state == PluginState.STARTED) h.state = PluginState.STOPPED;
            }
        }
        started.clear();
    }
}
