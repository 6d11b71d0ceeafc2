package org.weishi.plugins.selection.pabulib;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.weishi.spi.selection.Ballot;
import org.weishi.spi.selection.BallotType;
import org.weishi.spi.selection.Candidate;
import org.weishi.spi.selection.Election;

/**
 * Writes Pabulib files: UTF-8 without a byte-order mark, LF line ends, {@code ;} separators,
 * fields quoted only when they contain {@code ;}, a quote or start with a space. Reading a written
 * file gives back an equal {@link PabulibFile}. Stateless and thread-safe.
 */
public final class PabulibWriter {
    private PabulibWriter() {
    }

    /**
     * @param file the content to write
     * @param path where
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(PabulibFile file, Path path) {
        try (OutputStream out = Files.newOutputStream(path)) {
            write(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param file the content to write
     * @param out where; flushed, not closed
     * @throws UncheckedIOException on an I/O error
     */
    public static void write(PabulibFile file, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("META\nkey;value\n");
            for (Map.Entry<String, String> e : file.meta().entrySet()) {
                row(w, List.of(e.getKey(), e.getValue()));
            }
            w.write("PROJECTS\n");
            row(w, file.projectColumns());
            for (List<String> r : file.projectRows()) {
                row(w, r);
            }
            w.write("VOTES\n");
            row(w, file.voteColumns());
            for (List<String> r : file.voteRows()) {
                row(w, r);
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param file the content
     * @return the file's text
     */
    public static String toText(PabulibFile file) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        write(file, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Describes an election as a Pabulib file: META ({@code budget}, {@code vote_type},
     * {@code num_projects}, {@code num_votes}, {@code max_length} when set, then the election's own
     * meta), PROJECTS ({@code project_id;cost;name}) and VOTES ({@code voter_id;vote}, plus
     * {@code points} for cumulative ballots).
     *
     * @param election the election
     * @return the file content
     */
    public static PabulibFile fromElection(Election election) {
        java.util.LinkedHashMap<String, String> meta = new java.util.LinkedHashMap<>();
        meta.put("num_projects", String.valueOf(election.candidates().size()));
        meta.put("num_votes", String.valueOf(election.ballots().size()));
        meta.put("budget", election.budget().toPlainString());
        meta.put("vote_type", election.type().pabulibName());
        if (election.maxLength() > 0) {
            meta.put("max_length", String.valueOf(election.maxLength()));
        }
        election.meta().forEach(meta::putIfAbsent);
        List<List<String>> projects = new ArrayList<>();
        for (Candidate c : election.candidates()) {
            projects.add(List.of(c.id(), c.cost().toPlainString(), c.name()));
        }
        boolean cumulative = election.type() == BallotType.CUMULATIVE;
        List<List<String>> votes = new ArrayList<>();
        for (Ballot b : election.ballots()) {
            List<String> r = new ArrayList<>(3);
            r.add(b.voterId());
            r.add(String.join(",", b.projects()));
            if (cumulative) {
                r.add(b.points().stream().map(String::valueOf).collect(Collectors.joining(",")));
            }
            votes.add(r);
        }
        return new PabulibFile(meta, List.of("project_id", "cost", "name"), projects,
                cumulative ? List.of("voter_id", "vote", "points") : List.of("voter_id", "vote"), votes, election);
    }

    private static void row(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(';');
            }
            String f = fields.get(i);
            if (f.indexOf(';') >= 0 || f.indexOf('"') >= 0 || f.startsWith(" ") || f.endsWith(" ")) {
                w.write('"');
                w.write(f.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(f);
            }
        }
        w.write('\n');
    }
}
