package org.weishi.benchmarks.selection;

import java.nio.file.Files;
import java.nio.file.Path;
import org.weishi.plugins.selection.pabulib.PabulibReader;
import org.weishi.spi.selection.Election;

/** Reads an election once, outside the measured methods. */
final class SelectionState {
    private SelectionState() {
    }

    /**
     * @param dir the Pabulib directory; {@code -Dweishi.pabulib.dir} overrides it
     * @param file the file name
     * @return the election
     */
    static Election load(String dir, String file) {
        Path d = Path.of(System.getProperty("weishi.pabulib.dir", dir));
        Path f = d.resolve(file);
        if (!Files.isRegularFile(f)) {
            throw new IllegalStateException("no Pabulib file " + f.toAbsolutePath()
                    + "; run from the repository root or pass -p dir=/path/to/pabulib");
        }
        return PabulibReader.read(f).election();
    }
}
