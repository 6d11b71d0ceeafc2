package org.weishi.plugins.selection;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.weishi.plugins.selection.pabulib.PabulibFile;
import org.weishi.plugins.selection.pabulib.PabulibReader;
import org.weishi.plugins.selection.rules.StandardRules;
import org.weishi.spi.WeishiException;
import org.weishi.spi.selection.SelectionOptions;
import org.weishi.spi.selection.SelectionResult;
import org.weishi.spi.selection.SelectionRule;
import org.weishi.spi.selection.TieBreak;
import org.weishi.spi.selection.Utility;

/**
 * The {@code weishi select} subcommand: participatory selection on a Pabulib file.
 *
 * <pre>
 * select --rule greedy|greedy-no-skip|mes|mes-add1|mes-add1-greedy|recorded
 *        [--utility cost|count|points|borda] [--min-support N] [--tie-break id|support|min-cost|max-cost]
 *        [--format text|json] FILE.pb
 * </pre>
 *
 * <p>Prints the funded project ids on standard output, one per line in selection order (or one
 * JSON object with {@code --format json}), and a summary (count, total cost, budget, time in ms)
 * on standard error. Bad input gives one line on standard error and exit code 2.
 */
public final class SelectCommand {
    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for bad arguments or a bad file. */
    public static final int BAD_INPUT = 2;

    private SelectCommand() {
    }

    /** @return the usage text */
    public static String usage() {
        return """
                usage: weishi select --rule RULE [options] FILE.pb
                  --rule greedy|greedy-no-skip|mes|mes-add1|mes-add1-greedy|recorded   (required)
                  --utility cost|count|points|borda    MES utility (default: cost for approval,
                                                       points for cumulative, borda for ordinal)
                  --min-support N                      never fund projects on fewer than N ballots
                  --tie-break id|support|min-cost|max-cost   (default id: project ids as text, ascending)
                  --format text|json                   (default text)
                  --help
                Prints the funded project ids on stdout, one per line in selection order; a summary
                (count, total cost, budget, time) on stderr. Exit code 2 on bad input.
                """;
    }

    /**
     * Runs the command.
     *
     * @param args the arguments after {@code select}
     * @param out standard output: the selected ids (or JSON)
     * @param err standard error: the summary, or the one-line reason for a failure
     * @return 0 on success, 2 on bad input
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        String rule = null;
        Utility utility = null;
        long minSupport = 0;
        TieBreak tieBreak = TieBreak.ID_ASCENDING;
        String format = "text";
        String file = null;
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--help", "-h" -> {
                        out.print(usage());
                        return OK;
                    }
                    case "--rule" -> rule = value(args, ++i, a);
                    case "--utility" -> utility = Utility.fromKey(value(args, ++i, a));
                    case "--min-support" -> {
                        String v = value(args, ++i, a);
                        try {
                            minSupport = Long.parseLong(v);
                        } catch (NumberFormatException e) {
                            return fail(err, "--min-support needs a whole number, got '" + v + "'");
                        }
                        if (minSupport < 0) {
                            return fail(err, "--min-support must not be negative, got " + v);
                        }
                    }
                    case "--tie-break" -> tieBreak = TieBreak.fromKey(value(args, ++i, a));
                    case "--format" -> {
                        format = value(args, ++i, a);
                        if (!format.equals("text") && !format.equals("json")) {
                            return fail(err, "--format must be text or json, got '" + format + "'");
                        }
                    }
                    default -> {
                        if (a.startsWith("-")) {
                            return fail(err, "unknown option '" + a + "' (see --help)");
                        }
                        if (file != null) {
                            return fail(err, "only one FILE.pb may be given, got '" + file + "' and '" + a + "'");
                        }
                        file = a;
                    }
                }
            }
            if (rule == null) {
                return fail(err, "--rule is required: greedy, greedy-no-skip, mes, mes-add1, mes-add1-greedy or recorded");
            }
            SelectionRule selectionRule = StandardRules.byId(rule).orElse(null);
            if (selectionRule == null) {
                return fail(err, "unknown rule '" + rule
                        + "'; expected greedy, greedy-no-skip, mes, mes-add1, mes-add1-greedy or recorded");
            }
            if (file == null) {
                return fail(err, "no FILE.pb given (see --help)");
            }
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                return fail(err, "no such file: " + file);
            }
            PabulibFile pb = PabulibReader.read(path);
            SelectionOptions options = new SelectionOptions(utility, tieBreak, minSupport);
            long t0 = System.nanoTime();
            SelectionResult r = selectionRule.select(pb.election(), options);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (format.equals("json")) {
                out.println(json(r, ms));
            } else {
                for (String id : r.selected()) {
                    out.println(id);
                }
            }
            err.println("selected " + r.selected().size() + " projects, total cost " + plain(r.totalCost())
                    + " of budget " + plain(r.budget()) + ", rule " + r.ruleId()
                    + (r.note().isEmpty() ? "" : " (" + r.note() + ")") + ", " + ms + " ms");
            out.flush();
            return OK;
        } catch (WeishiException e) {
            return fail(err, e.getMessage());
        } catch (UncheckedIOException e) {
            return fail(err, e.getMessage());
        } catch (IllegalArgumentException | ArithmeticException e) {
            // ArithmeticException: an election too large for exact long sums (beyond 9.2e18)
            return fail(err, e.getMessage());
        }
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value (see --help)");
        }
        return args.get(i);
    }

    private static int fail(PrintStream err, String reason) {
        err.println("weishi select: " + reason.replace('\n', ' '));
        return BAD_INPUT;
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private static String json(SelectionResult r, long ms) {
        StringBuilder sb = new StringBuilder("{\"rule\":").append(quote(r.ruleId())).append(",\"selected\":[");
        for (int i = 0; i < r.selected().size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(r.selected().get(i)));
        }
        sb.append("],\"count\":").append(r.selected().size())
                .append(",\"totalCost\":").append(plain(r.totalCost()))
                .append(",\"budget\":").append(plain(r.budget()))
                .append(",\"note\":").append(quote(r.note()))
                .append(",\"timeMs\":").append(ms).append('}');
        return sb.toString();
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
