package org.weishi.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.weishi.plugins.storage.jdbc.JdbcStores;
import org.weishi.plugins.storage.memory.MemoryEventStore;
import org.weishi.plugins.storage.memory.MemoryPersonalDataVault;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.PersonalDataVault;

/**
 * Opens the store a {@code --store} option names:
 * <ul>
 *   <li>{@code memory} — in the heap, gone when the command ends;</li>
 *   <li>{@code h2:PATH} — an embedded H2 file (PATH without {@code .mv.db}); the default is
 *       {@code h2:./data/weishi};</li>
 *   <li>{@code jdbc:URL} — any JDBC URL the JDBC store supports (H2 or PostgreSQL 15+);
 *       credentials as URL parameters or in {@code WEISHI_DB_USER} / {@code WEISHI_DB_PASSWORD}.</li>
 * </ul>
 */
final class Stores implements AutoCloseable {
    /** The store every store-using subcommand uses unless told otherwise. */
    static final String DEFAULT = "h2:./data/weishi";

    private final EventStore store;
    private final PersonalDataVault vault;
    private final AutoCloseable closer;
    private final String description;

    private Stores(EventStore store, PersonalDataVault vault, AutoCloseable closer, String description) {
        this.store = store;
        this.vault = vault;
        this.closer = closer;
        this.description = description;
    }

    static Stores open(String spec, Clock clock) {
        if (spec.equals("memory")) {
            return new Stores(new MemoryEventStore(clock), new MemoryPersonalDataVault(), () -> { }, "memory");
        }
        JdbcStores jdbc;
        if (spec.startsWith("h2:")) {
            String path = spec.substring(3);
            if (path.isBlank()) throw new CliException(Main.BAD_INPUT, "--store h2:PATH needs a path, e.g. h2:./data/weishi");
            jdbc = JdbcStores.openH2(Path.of(path));
        } else if (spec.startsWith("jdbc:")) {
            jdbc = JdbcStores.open(spec, System.getenv("WEISHI_DB_USER"), System.getenv("WEISHI_DB_PASSWORD"));
        } else {
            throw new CliException(Main.BAD_INPUT, "unknown store '" + spec + "': use memory, h2:PATH or jdbc:URL");
        }
        return new Stores(jdbc.eventStore(), jdbc.personalDataVault(), jdbc, jdbc.where());
    }

    /**
     * Deletes an embedded H2 store's files, so the demo starts from an empty log.
     *
     * @param spec an {@code h2:PATH} spec
     * @return true when files were deleted
     */
    static boolean deleteH2(String spec) {
        if (!spec.startsWith("h2:")) return false;
        boolean any = false;
        for (String suffix : new String[]{".mv.db", ".trace.db"}) {
            try {
                any |= Files.deleteIfExists(Path.of(spec.substring(3) + suffix));
            } catch (java.io.IOException e) {
                throw new CliException(1, "cannot delete " + spec.substring(3) + suffix + ": " + e.getMessage());
            }
        }
        return any;
    }

    /**
     * The engine over this store, with the disclosure publishers installed, for the commands that
     * read or change an existing store (export, erase). The caller closes the engine, then this.
     */
    org.weishi.core.Weishi engine() {
        return org.weishi.core.Weishi.builder().district(Doumen.config()).storage(store, vault)
                .install(new org.weishi.plugins.disclosure.feed.FeedPlugin(), new org.weishi.plugins.disclosure.ocds.OcdsPlugin())
                .build();
    }

    EventStore store() {
        return store;
    }

    PersonalDataVault vault() {
        return vault;
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            throw new CliException(1, "closing the store failed: " + e.getMessage());
        }
    }
}
