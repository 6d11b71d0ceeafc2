package org.weishi.cli;

import picocli.CommandLine.Option;

/** The {@code --store} option shared by store-using subcommands. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "STORE", defaultValue = Stores.DEFAULT,
            description = {"memory, h2:PATH or jdbc:URL (default ${DEFAULT-VALUE});",
                    "credentials as URL parameters or WEISHI_DB_USER / WEISHI_DB_PASSWORD"})
    String spec;
}
