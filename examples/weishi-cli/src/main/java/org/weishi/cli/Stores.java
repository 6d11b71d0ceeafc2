package org.weishi.cli;

import org.weishi.core.Weishi;
import org.weishi.plugins.disclosure.feed.FeedPlugin;
import org.weishi.plugins.disclosure.ocds.OcdsPlugin;
import org.weishi.plugins.storage.memory.MemoryStoragePlugin;

/**
 * Opens the engine over an existing store, for the commands that work on a store rather than
 * create one ({@code export}, {@code erase}; later {@code verify}, {@code stats}, {@code load}).
 * The one place a {@code --store} spec is read.
 *
 * <p>Supported today: {@code memory} — an empty in-memory store (useful only to try the commands:
 * the demo's data lives in its own process). The JDBC store (issue: storage-jdbc) plugs in here:
 * a spec such as {@code jdbc:h2:./weishi} or {@code h2:./weishi} opens it with the same plug-ins.
 */
final class Stores {
    private Stores() {
    }

    /**
     * @param spec a store spec, e.g. {@code memory}
     * @return the engine over it, with the disclosure publishers installed; the caller closes it
     * @throws CliException (status 2) for an unknown spec
     */
    static Weishi open(String spec) {
        if (spec.equals("memory")) {
            return Weishi.builder().district(Doumen.config())
                    .install(new MemoryStoragePlugin(), new FeedPlugin(), new OcdsPlugin())
                    .build();
        }
        throw new CliException(Main.BAD_INPUT, "unknown store '" + spec + "': use memory (the JDBC store comes with storage-jdbc)"
                + " / 未知的存储 '" + spec + "'：请使用 memory");
    }
}
