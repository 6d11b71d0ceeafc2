package org.weishi.spi.disclosure;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to publish: which page, and publisher-specific settings.
 *
 * @param pageSize items per page; 0 means everything in one page. Publishers that do not page
 *                 ignore it.
 * @param offset index of the first item of the page (0-based); the next page's offset is given in
 *               the output of publishers that page
 * @param settings publisher-specific settings, e.g. {@code ocidPrefix} for OCDS; unknown keys are ignored
 * @since 0.1
 */
public record PublishOptions(int pageSize, long offset, Map<String, String> settings) {
    /** Checks and copies. */
    public PublishOptions {
        if (pageSize < 0) throw new IllegalArgumentException("pageSize must be 0 (everything) or positive: " + pageSize);
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
        settings = Map.copyOf(Objects.requireNonNull(settings, "settings"));
    }

    /** @return everything in one page, no settings */
    public static PublishOptions all() {
        return new PublishOptions(0, 0, Map.of());
    }

    /**
     * @param key a setting
     * @return its value, if set
     */
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }
}
