package org.weishi.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.weishi.core.Weishi;
import org.weishi.core.disclosure.DisclosurePolicy;
import org.weishi.core.disclosure.Discloser;
import org.weishi.spi.WeishiException;
import org.weishi.spi.disclosure.Audience;
import org.weishi.spi.disclosure.Disclosure;
import org.weishi.spi.disclosure.PublishOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code weishi export}: a scope's public disclosure (feed or OCDS) from a store. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a scope's disclosure as a JSON feed or an OCDS 1.1.5 release package.",
                "Public (masked, redacted, per the district's disclosure policy) unless --internal."})
final class ExportCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    StoreOption store;

    @Option(names = "--format", required = true, description = "feed or ocds")
    String format;

    @Option(names = "--out", required = true, description = "the file to write")
    Path out;

    @Option(names = "--scope", description = "a scope id (default: the whole district)")
    String scope;

    @Option(names = "--internal", description = "unredacted, for officials only (the file says so); never the default")
    boolean internal;

    @Option(names = "--page-size", description = "feed items per page, 0 = all (default ${DEFAULT-VALUE})", defaultValue = "0")
    int pageSize;

    @Option(names = "--offset", description = "feed page offset (default ${DEFAULT-VALUE})", defaultValue = "0")
    long offset;

    @Option(names = "--ocid-prefix", description = "OCDS ocid prefix (default ocds-weishi-)")
    String ocidPrefix;

    @Option(names = "--policy", description = "the district's disclosure policy, a JSON file (default: the built-in policy)")
    Path policy;

    @Override
    public Integer call() throws Exception {
        if (pageSize < 0 || offset < 0) throw new CliException(Main.BAD_INPUT, "--page-size and --offset must not be negative");
        DisclosurePolicy p = policy == null ? DisclosurePolicy.defaults() : DisclosurePolicy.fromJson(Files.readString(policy));
        try (Stores stores = Stores.open(store.spec, java.time.Clock.systemUTC()); Weishi w = stores.engine()) {
            String scopeId = scope != null ? scope : w.district().scopes().district().id();
            Disclosure d;
            try {
                d = Discloser.of(w, p).disclose(scopeId, internal ? Audience.INTERNAL : Audience.PUBLIC);
            } catch (WeishiException e) {
                throw new CliException(Main.BAD_INPUT, e.getMessage());
            }
            Map<String, String> settings = new HashMap<>();
            if (ocidPrefix != null) settings.put("ocidPrefix", ocidPrefix);
            DisclosureFiles.write(DisclosureFiles.publisher(w, format), d, new PublishOptions(pageSize, offset, settings), out);
            System.out.printf("%s: %d projects, %d demands of '%s' (%s) written to %s%n", format, d.projects().size(),
                    d.demands().size(), d.scopeId(), d.audience(), out);
        }
        return 0;
    }
}
