package org.weishi.spi;

import java.time.Clock;
import java.util.Map;

/**
 * What the core hands a plug-in when it starts: its configuration, the clock, a logger.
 *
 * <p><b>Implementation requirements (core):</b> thread-safe; the same instance for the life of a
 * started plug-in; {@link #clock()} is the engine's injected clock, so tests can drive time.
 */
public interface PluginContext {
    /** @return the descriptor of the plug-in this context belongs to */
    PluginDescriptor descriptor();

    /**
     * The plug-in's block of the district configuration as plain JSON-like values (maps, lists,
     * strings, numbers, booleans); empty when the configuration has none.
     *
     * @return the raw configuration, unmodifiable
     */
    Map<String, Object> rawConfig();

    /**
     * Binds the plug-in's configuration block to a record and validates it with Jakarta
     * Validation annotations on its components. Every violation is reported at once, with the
     * plug-in id and the path of each bad value.
     *
     * @param type the configuration record
     * @param <T> its type
     * @return the bound configuration; defaults where the block is empty
     * @throws WeishiException listing every problem
     */
    <T> T config(Class<T> type);

    /** @return the engine's clock */
    Clock clock();

    /** @return a logger named after the plug-in */
    System.Logger logger();
}
