package org.weishi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * The OCDS 1.1.5 schemas from {@code ../shared/data/standards/ocds/}, read from local files only:
 * every IRI resolves through one local function and remote fetching is off, so a test never goes
 * to the network. Tests skip, with a message, when the directory is absent (a user's clone).
 */
final class OcdsSchema {
    static final String PACKAGE = "https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json";
    static final String RELEASE = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";
    private static final Set<String> KNOWN = Set.of(PACKAGE, RELEASE);

    private OcdsSchema() {
    }

    /** @return the OCDS directory, or skips the calling test with a visible message */
    static Path directory() {
        String shared = System.getProperty("weishi.shared.data");
        Path dir = shared == null ? null : Path.of(shared, "standards", "ocds").normalize();
        boolean present = dir != null && Files.isRegularFile(dir.resolve("release-package-schema.json"));
        String message = "SKIPPED: OCDS schemas not found at " + dir + " (set -Dweishi.shared.data=<dir with standards/ocds>;"
                + " the build sets it to ../shared/data beside the repository)";
        // Surefire counts skips but does not print why: say it on the console too.
        if (!present) System.err.println("[weishi] " + message);
        Assumptions.assumeTrue(present, message);
        return dir;
    }

    /**
     * @param releasePackage a release package
     * @return every schema error, empty when valid
     */
    static List<Error> validate(JsonNode releasePackage) {
        Path dir = directory();
        List<String> asked = new ArrayList<>();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                b -> b.schemas(iri -> {
                    asked.add(iri);
                    if (!KNOWN.contains(iri)) return null;
                    try {
                        return Files.readString(dir.resolve(iri.substring(iri.lastIndexOf('/') + 1)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).schemaLoader(l -> l.fetchRemoteResources(false)));
        Schema schema = registry.getSchema(SchemaLocation.of(PACKAGE));
        List<Error> errors = schema.validate(releasePackage);
        if (!asked.containsAll(KNOWN)) {
            throw new AssertionError("the release schema was not resolved through the local function: " + asked);
        }
        return errors;
    }
}
