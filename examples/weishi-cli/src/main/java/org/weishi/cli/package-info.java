/** The {@code weishi} command: subcommands, the Doumen 2021 demo scenario and its dashboard. */
package org.weishi.cli;
