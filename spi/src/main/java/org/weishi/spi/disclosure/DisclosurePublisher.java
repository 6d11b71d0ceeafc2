package org.weishi.spi.disclosure;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link Disclosure} as a public document: a JSON feed, an OCDS release package, a page
 * for the civilisation-practice centre's mini-program …
 *
 * <h2>Implementation requirements</h2>
 * <ul>
 *   <li><b>Write only what you are given.</b> The disclosure is already filtered and redacted by
 *       the district's policy; a publisher must not look up, join or infer personal data (it has no
 *       access to the personal-data vault, by design).</li>
 *   <li><b>Say who it is for.</b> When {@link Disclosure#audience()} is
 *       {@link Audience#INTERNAL}, the output must state it in a top-level field, so a leaked
 *       internal file is recognisable.</li>
 *   <li><b>Deterministic.</b> The same disclosure and options give the same bytes (stable key order),
 *       so outputs can be diffed and hashed.</li>
 *   <li><b>Stable schema.</b> Document the output format; change it only compatibly within a major
 *       version.</li>
 *   <li>Thread-safe and stateless between calls; writes UTF-8; never closes {@code out}.</li>
 * </ul>
 *
 * @since 0.1
 */
public interface DisclosurePublisher {
    /** @return the format's stable id, lowercase, e.g. {@code feed} or {@code ocds} */
    String format();

    /** @return the media type of the output */
    default String mediaType() {
        return "application/json";
    }

    /**
     * Writes the disclosure.
     *
     * @param disclosure what to write
     * @param options page and settings
     * @param out where to write (UTF-8); not closed
     * @throws IOException when writing fails
     * @throws IllegalArgumentException when an option is invalid for this format
     */
    void publish(Disclosure disclosure, PublishOptions options, OutputStream out) throws IOException;
}
