package org.weishi.plugins.selection.pabulib;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.weishi.spi.selection.Election;

/**
 * The content of a Pabulib file, kept as text so that writing it back gives the same file (up to
 * quoting and line ends), together with the {@link Election} it describes.
 *
 * @param meta the META section, keys in file order
 * @param projectColumns the PROJECTS header, e.g. {@code project_id, cost, votes, name, selected}
 * @param projectRows one list of field texts per project, aligned with {@code projectColumns}
 * @param voteColumns the VOTES header, e.g. {@code voter_id, vote}
 * @param voteRows one list of field texts per voter, aligned with {@code voteColumns}
 * @param election the election the file describes (already checked)
 */
public record PabulibFile(Map<String, String> meta, List<String> projectColumns, List<List<String>> projectRows,
        List<String> voteColumns, List<List<String>> voteRows, Election election) {

    /** Copies the parts. */
    public PabulibFile {
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        projectColumns = List.copyOf(projectColumns);
        projectRows = copyRows(projectRows);
        voteColumns = List.copyOf(voteColumns);
        voteRows = copyRows(voteRows);
        Objects.requireNonNull(election, "election");
    }

    private static List<List<String>> copyRows(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>(rows.size());
        for (List<String> r : rows) {
            out.add(List.copyOf(r));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param key a META key, e.g. {@code rule}
     * @return its value, if present
     */
    public Optional<String> metaValue(String key) {
        return Optional.ofNullable(meta.get(key));
    }

    /**
     * @param column a PROJECTS column, e.g. {@code selected}
     * @return for each project id (file order) the column's text, or empty when the column is absent
     */
    public Map<String, String> projectColumn(String column) {
        int idx = projectColumns.indexOf(column);
        if (idx < 0) {
            return Map.of();
        }
        int idCol = projectColumns.indexOf("project_id");
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> row : projectRows) {
            out.put(row.get(idCol), idx < row.size() ? row.get(idx) : "");
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The projects the file marks as funded: {@code selected} is {@code 1} (values greater than 1,
     * used by some files for projects funded outside the rule, also count).
     *
     * @return the ids in file order; empty when the file has no {@code selected} column
     */
    public List<String> selectedProjects() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : projectColumn("selected").entrySet()) {
            String v = e.getValue().trim();
            if (!v.isEmpty() && new BigDecimal(v.replace(',', '.')).signum() > 0) {
                out.add(e.getKey());
            }
        }
        return List.copyOf(out);
    }
}
