package org.weishi.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.weishi.core.Weishi;
import org.weishi.core.disclosure.DisclosurePolicy;
import org.weishi.core.disclosure.Discloser;
import org.weishi.spi.disclosure.Audience;
import org.weishi.spi.disclosure.Disclosure;
import org.weishi.spi.disclosure.DisclosurePublisher;
import org.weishi.spi.disclosure.PublishOptions;

/** Writes disclosure files with the engine's publishers: used by {@code demo --out} and {@code export}. */
final class DisclosureFiles {
    private DisclosureFiles() {
    }

    /**
     * @param w the engine
     * @param format a publisher format, e.g. {@code feed}
     * @return the engine's publisher of that format, else the one this command bundles
     * @throws CliException (status 2) naming the formats available
     */
    static DisclosurePublisher publisher(Weishi w, String format) {
        List<DisclosurePublisher> all = new java.util.ArrayList<>(w.disclosurePublishers());
        // An engine built without the disclosure plug-ins (the demo installs storage and notifier
        // only) still gets the two this command ships with.
        all.add(new org.weishi.plugins.disclosure.feed.FeedPublisher());
        all.add(new org.weishi.plugins.disclosure.ocds.OcdsPublisher(Map.of()));
        return all.stream().filter(p -> p.format().equals(format)).findFirst().orElseThrow(() -> new CliException(Main.BAD_INPUT,
                "unknown format '" + format + "': use one of " + all.stream().map(DisclosurePublisher::format).distinct().toList()
                        + " / 未知的格式 '" + format + "'"));
    }

    /**
     * Writes one file; nothing is left behind when it fails.
     *
     * @param publisher the publisher
     * @param disclosure what to write
     * @param options page and settings
     * @param file the file
     */
    static void write(DisclosurePublisher publisher, Disclosure disclosure, PublishOptions options, Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".weishi-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    publisher.publish(disclosure, options, out);
                }
                if (disclosure.audience() == Audience.PUBLIC) {
                    // The temp file is owner-only, which suits an internal file; a public one is for everyone.
                    try {
                        Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                    } catch (UnsupportedOperationException e) {
                        // not a POSIX file system: keep its defaults
                    }
                }
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CliException(Main.BAD_INPUT, e.getMessage());
        }
    }

    /**
     * {@code demo --out DIR}: {@code DIR/feed.json} and {@code DIR/ocds.json} of the whole district.
     *
     * @param w the engine after the scenario
     * @param dir the directory
     * @param audience public (default) or internal
     * @param clock stamps the files (the demo's clock, so a seed gives the same files)
     * @return the files written
     */
    static List<Path> writeDemo(Weishi w, Path dir, Audience audience, Clock clock) {
        Disclosure d = Discloser.of(w, DisclosurePolicy.defaults(), Clock.fixed(clock.instant(), java.time.ZoneOffset.UTC))
                .disclose(w.district().scopes().district().id(), audience);
        Path feed = dir.resolve("feed.json");
        Path ocds = dir.resolve("ocds.json");
        write(publisher(w, "feed"), d, PublishOptions.all(), feed);
        write(publisher(w, "ocds"), d, new PublishOptions(0, 0, Map.of()), ocds);
        return List.of(feed, ocds);
    }
}
