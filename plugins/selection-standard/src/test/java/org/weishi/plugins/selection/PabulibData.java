package org.weishi.plugins.selection;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.weishi.plugins.selection.pabulib.PabulibFile;
import org.weishi.plugins.selection.pabulib.PabulibReader;

/**
 * Locates the shared Pabulib elections: {@code -Dweishi.pabulib.dir}, else the environment
 * variable {@code WEISHI_PABULIB_DIR}, else {@code ../shared/data/pabulib} next to the repository
 * root (two levels above this module). Tests that need it are skipped with a message when absent.
 * Each file is parsed once per JVM.
 */
public final class PabulibData {
    private static final Map<String, PabulibFile> CACHE = new ConcurrentHashMap<>();

    private PabulibData() {
    }

    /** @return the directory (which may not exist) */
    public static Path dir() {
        String prop = System.getProperty("weishi.pabulib.dir");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("WEISHI_PABULIB_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        Path root = module.getParent().getParent();
        return root.getParent().resolve("shared").resolve("data").resolve("pabulib");
    }

    /** Skips the calling test with a visible message when the directory is absent. */
    public static void assumePresent() {
        assumeTrue(Files.isDirectory(dir()), () -> "Pabulib data directory " + dir()
                + " is absent; set -Dweishi.pabulib.dir or WEISHI_PABULIB_DIR to run the real-election tests");
    }

    /**
     * @param name file name, e.g. {@code Poland_Swiecie_2023.pb}
     * @return the parsed file (cached)
     */
    public static PabulibFile load(String name) {
        assumePresent();
        Path f = dir().resolve(name);
        assumeTrue(Files.isRegularFile(f), () -> "Pabulib file " + f + " is absent");
        return CACHE.computeIfAbsent(name, n -> PabulibReader.read(f));
    }
}
