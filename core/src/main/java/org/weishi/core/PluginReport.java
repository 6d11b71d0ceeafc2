package org.weishi.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.weishi.spi.Capability;

/**
 * What the plug-in host found, resolved and started, for {@code weishi plugins} or an admin page:
 * one {@link PluginInfo} row per plug-in (and per broken jar), and whether the policy failed.
 *
 * <pre>{@code
 * PluginReport report = Weishi.builder()
 *         .pluginDirectory(Path.of("plugins"))
 *         .pluginPolicy(PluginPolicy.FAIL_FAST)
 *         .inspectPlugins();
 * System.out.print(report.table());
 * System.exit(report.policyFailed() ? 1 : 0);
 * }</pre>
 *
 * @param policy the policy the host ran under
 * @param plugins every row, in the order found (explicit, module path, then the plug-in directory
 *                by file name)
 * @since 0.1.0
 */
public record PluginReport(PluginPolicy policy, List<PluginInfo> plugins) {
    private static final String[] HEADERS = {"ID", "VERSION", "SOURCE", "CAPABILITIES", "STATE", "PROBLEM"};

    /** Copies. */
    public PluginReport {
        Objects.requireNonNull(policy, "policy");
        plugins = List.copyOf(plugins);
    }

    /** @return the rows whose state is {@link PluginState#FAILED} */
    public List<PluginInfo> failed() {
        return plugins.stream().filter(p -> p.state() == PluginState.FAILED).toList();
    }

    /** @return true when some plug-in failed, whatever the policy */
    public boolean anyFailed() {
        return plugins.stream().anyMatch(p -> p.state() == PluginState.FAILED);
    }

    /**
     * @return true when the policy is {@link PluginPolicy#FAIL_FAST} and some plug-in failed: the
     *         engine would refuse to start, and a command line tool should exit non-zero
     */
    public boolean policyFailed() {
        return policy == PluginPolicy.FAIL_FAST && anyFailed();
    }

    /**
     * @return one line counting the rows by state, e.g.
     *         {@code 12 plug-ins: 4 started, 1 disabled, 7 failed (policy SKIP_BROKEN)}; states
     *         with no row are left out
     */
    public String summary() {
        java.util.Map<PluginState, Long> counts = new java.util.EnumMap<>(PluginState.class);
        for (PluginInfo p : plugins) counts.merge(p.state(), 1L, Long::sum);
        StringBuilder sb = new StringBuilder().append(plugins.size()).append(plugins.size() == 1 ? " plug-in" : " plug-ins");
        String sep = ": ";
        for (var e : counts.entrySet()) {
            sb.append(sep).append(e.getValue()).append(' ').append(e.getKey().name().toLowerCase(java.util.Locale.ROOT));
            sep = ", ";
        }
        return sb.append(" (policy ").append(policy).append(')').toString();
    }

    /** @return the rows as a plain-text table with a header line, one line per plug-in */
    public String table() {
        return table(plugins);
    }

    /**
     * Renders rows as a plain-text table (columns ID, VERSION, SOURCE, CAPABILITIES, STATE,
     * PROBLEM), each column as wide as its widest cell; the problem column is last and not cut.
     * Capabilities print lowercase with dashes ({@code approval-rule}), comma-separated.
     *
     * @param rows rows, for example {@link Weishi#plugins()}
     * @return the table, ending with a line break
     */
    public static String table(List<PluginInfo> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADERS);
        for (PluginInfo p : rows) {
            cells.add(new String[] {p.id(), p.version(), p.source(), capabilities(p), p.state().name(),
                    p.problem().replace('\n', ' ')});
        }
        int[] width = new int[HEADERS.length];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) width[i] = Math.max(width[i], row[i].length());
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) line.append(" ".repeat(width[i] - row[i].length() + 2));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    private static String capabilities(PluginInfo p) {
        if (p.capabilities().isEmpty()) return "-";
        return p.capabilities().stream().sorted().map(Capability::name)
                .map(n -> n.toLowerCase(java.util.Locale.ROOT).replace('_', '-')).collect(Collectors.joining(","));
    }

    @Override
    public String toString() {
        return "PluginReport[" + policy + ", " + plugins.size() + " plug-ins, " + failed().size() + " failed]\n" + table();
    }
}
