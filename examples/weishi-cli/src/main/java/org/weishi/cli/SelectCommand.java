package org.weishi.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code weishi select}: participatory selection on a Pabulib file, by the standard selection
 * plug-in's command (greedy, greedy-no-skip, mes, mes-add1, mes-add1-greedy, recorded).
 */
@Command(name = "select", description = {"Chooses which projects to fund from a Pabulib (.pb) election: prints the selected",
        "project ids on stdout in selection order, a summary on stderr. 'weishi select --help' for the rules and options."})
final class SelectCommand implements Callable<Integer> {
    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        return org.weishi.plugins.selection.SelectCommand.run(args, System.out, System.err);
    }
}
