package org.weishi.plugins.selection.pabulib;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.weishi.spi.selection.Ballot;
import org.weishi.spi.selection.BallotType;
import org.weishi.spi.selection.Candidate;
import org.weishi.spi.selection.Election;
import org.weishi.spi.selection.SelectionException;

/**
 * Reads Pabulib files. Stateless and thread-safe.
 *
 * <p>Every problem is reported as a {@link PabulibFormatException} naming the line and column:
 * a missing or misplaced section, a row with the wrong number of fields, an unclosed quote, a
 * number that is not one, a missing {@code budget}, a budget that is not positive, a negative
 * cost, a vote for a project not in PROJECTS, a ballot longer than {@code max_length}, a
 * cumulative ballot whose points do not match its projects.
 */
public final class PabulibReader {
    private static final int NONE = 0;
    private static final int META = 1;
    private static final int PROJECTS = 2;
    private static final int VOTES = 3;

    private PabulibReader() {
    }

    /**
     * @param file a {@code .pb} file
     * @return its content and election
     * @throws PabulibFormatException when the file is malformed
     * @throws UncheckedIOException when it cannot be read
     */
    public static PabulibFile read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param in the file's bytes, UTF-8 (a byte-order mark is skipped); not closed
     * @param source a label for messages, e.g. the file name
     * @return the content and election
     * @throws PabulibFormatException when the file is malformed
     */
    public static PabulibFile read(InputStream in, String source) {
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try {
            return read(new BufferedReader(r, 1 << 16), source);
        } catch (CharacterCodingException e) {
            throw new PabulibFormatException(source, 1, 1, "文件不是有效的 UTF-8 编码",
                    "the file is not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param text the file's text
     * @param source a label for messages
     * @return the content and election
     * @throws PabulibFormatException when the text is malformed
     */
    public static PabulibFile parse(String text, String source) {
        try {
            return read(new BufferedReader(new StringReader(text)), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PabulibFile read(BufferedReader in, String source) throws IOException {
        Map<String, String> meta = new LinkedHashMap<>();
        Map<String, Integer> metaLines = new HashMap<>();
        List<String> projectColumns = null;
        List<List<String>> projectRows = new ArrayList<>();
        List<Integer> projectLines = new ArrayList<>();
        List<int[]> projectStarts = new ArrayList<>();
        List<String> voteColumns = null;
        List<List<String>> voteRows = new ArrayList<>();
        List<Integer> voteLines = new ArrayList<>();
        List<int[]> voteStarts = new ArrayList<>();
        List<String> header = null;
        int section = NONE;
        int lineNo = 0;
        boolean sawMeta = false;
        boolean sawProjects = false;
        boolean sawVotes = false;
        int[] starts = new int[16];
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String upper = trimmed.toUpperCase(Locale.ROOT);
            if (upper.equals("META") || upper.equals("PROJECTS") || upper.equals("VOTES")) {
                int next = upper.equals("META") ? META : upper.equals("PROJECTS") ? PROJECTS : VOTES;
                if (next != section + 1) {
                    throw new PabulibFormatException(source, lineNo, 1,
                            "节 " + upper + " 出现的位置不对：各节应依次为 META、PROJECTS、VOTES",
                            "section " + upper + " is out of place: the sections must be META, PROJECTS, VOTES in"
                                    + " that order, each once");
                }
                section = next;
                sawMeta |= next == META;
                sawProjects |= next == PROJECTS;
                sawVotes |= next == VOTES;
                header = null;
                continue;
            }
            if (section == NONE) {
                throw new PabulibFormatException(source, lineNo, 1, "文件应以 META 节开始",
                        "expected the META section first, found '" + abbreviate(trimmed) + "'");
            }
            List<String> fields = new ArrayList<>();
            starts = split(line, fields, starts, source, lineNo);
            if (header == null) {
                header = new ArrayList<>(fields.size());
                for (String f : fields) {
                    header.add(f.strip());
                }
                if (section == PROJECTS) {
                    projectColumns = header;
                    requireColumn(header, "project_id", source, lineNo);
                    requireColumn(header, "cost", source, lineNo);
                } else if (section == VOTES) {
                    voteColumns = header;
                    requireColumn(header, "voter_id", source, lineNo);
                    requireColumn(header, "vote", source, lineNo);
                }
                continue;
            }
            if (section == META) {
                if (fields.size() != 2) {
                    throw new PabulibFormatException(source, lineNo, fields.size() < 2 ? line.length() + 1 : starts[2],
                            "META 行应为 key;value 两个字段，实有 " + fields.size() + " 个",
                            "a META row needs 2 fields (key;value), found " + fields.size());
                }
                meta.put(fields.get(0).strip(), fields.get(1).strip());
                metaLines.put(fields.get(0).strip(), lineNo);
                continue;
            }
            if (fields.size() != header.size()) {
                int col = fields.size() > header.size() ? starts[header.size()] : line.length() + 1;
                throw new PabulibFormatException(source, lineNo, col,
                        "应有 " + header.size() + " 个字段（与表头一致），实有 " + fields.size() + " 个",
                        "expected " + header.size() + " fields as in the header, found " + fields.size());
            }
            if (section == PROJECTS) {
                projectRows.add(fields);
                projectLines.add(lineNo);
                projectStarts.add(java.util.Arrays.copyOf(starts, fields.size()));
            } else {
                voteRows.add(fields);
                voteLines.add(lineNo);
                voteStarts.add(java.util.Arrays.copyOf(starts, fields.size()));
            }
        }
        if (!sawMeta || !sawProjects || !sawVotes) {
            String missing = !sawMeta ? "META" : !sawProjects ? "PROJECTS" : "VOTES";
            throw new PabulibFormatException(source, Math.max(lineNo, 1), 1, "缺少 " + missing + " 节",
                    "the " + missing + " section is missing");
        }
        if (projectColumns == null || voteColumns == null) {
            throw new PabulibFormatException(source, lineNo, 1, "PROJECTS 或 VOTES 节缺少表头",
                    "the PROJECTS or VOTES section has no header line");
        }
        Election election = toElection(source, meta, metaLines, projectColumns, projectRows, projectLines,
                projectStarts, voteColumns, voteRows, voteLines, voteStarts);
        return new PabulibFile(meta, projectColumns, projectRows, voteColumns, voteRows, election);
    }

    private static Election toElection(String source, Map<String, String> meta, Map<String, Integer> metaLines,
            List<String> projectColumns, List<List<String>> projectRows, List<Integer> projectLines,
            List<int[]> projectStarts, List<String> voteColumns, List<List<String>> voteRows,
            List<Integer> voteLines, List<int[]> voteStarts) {
        int metaLine = metaLines.getOrDefault("budget", 1);
        String budgetText = meta.get("budget");
        if (budgetText == null) {
            throw new PabulibFormatException(source, 1, 1, "META 节缺少 budget", "META has no budget");
        }
        BigDecimal budget = number(budgetText, source, metaLine, 1, "budget");
        if (budget.signum() <= 0) {
            throw new PabulibFormatException(source, metaLine, 1,
                    "预算 " + budgetText + " 必须大于零", "budget " + budgetText + " must be greater than zero");
        }
        BallotType type;
        try {
            type = BallotType.fromPabulib(meta.getOrDefault("vote_type", "approval"));
        } catch (SelectionException e) {
            throw new PabulibFormatException(source, metaLines.getOrDefault("vote_type", 1), 1,
                    e.text().zh(), e.text().en(), e);
        }
        int maxLength = 0;
        if (meta.containsKey("max_length")) {
            BigDecimal ml = number(meta.get("max_length"), source, metaLines.get("max_length"), 1, "max_length");
            try {
                maxLength = ml.intValueExact();
            } catch (ArithmeticException e) {
                throw new PabulibFormatException(source, metaLines.get("max_length"), 1,
                        "max_length 必须是整数", "max_length must be a whole number", e);
            }
        }
        int idCol = projectColumns.indexOf("project_id");
        int costCol = projectColumns.indexOf("cost");
        int nameCol = projectColumns.indexOf("name");
        List<Candidate> candidates = new ArrayList<>(projectRows.size());
        Map<String, Integer> known = new HashMap<>();
        for (int i = 0; i < projectRows.size(); i++) {
            List<String> row = projectRows.get(i);
            int ln = projectLines.get(i);
            String id = row.get(idCol).strip();
            if (id.isEmpty()) {
                throw new PabulibFormatException(source, ln, projectStarts.get(i)[idCol], "项目编号为空",
                        "empty project_id");
            }
            if (known.put(id, ln) != null) {
                throw new PabulibFormatException(source, ln, projectStarts.get(i)[idCol], "项目编号 '" + id + "' 重复",
                        "project_id '" + id + "' appears twice");
            }
            BigDecimal cost = number(row.get(costCol), source, ln, projectStarts.get(i)[costCol], "cost");
            if (cost.signum() < 0) {
                throw new PabulibFormatException(source, ln, projectStarts.get(i)[costCol],
                        "项目 '" + id + "' 的费用 " + row.get(costCol) + " 为负数",
                        "project '" + id + "' has a negative cost " + row.get(costCol));
            }
            candidates.add(new Candidate(id, cost, nameCol >= 0 ? row.get(nameCol) : ""));
        }
        int voterCol = voteColumns.indexOf("voter_id");
        int voteCol = voteColumns.indexOf("vote");
        int pointsCol = type == BallotType.CUMULATIVE ? voteColumns.indexOf("points") : -1;
        if (type == BallotType.CUMULATIVE && pointsCol < 0) {
            throw new PabulibFormatException(source, voteLines.isEmpty() ? 1 : voteLines.get(0) - 1, 1,
                    "累积投票的 VOTES 节缺少 points 列", "cumulative VOTES need a points column");
        }
        List<Ballot> ballots = new ArrayList<>(voteRows.size());
        // Interning keeps 90,000 ballots from holding 400,000 copies of a few hundred ids.
        Map<String, String> ids = new HashMap<>();
        for (Candidate c : candidates) {
            ids.put(c.id(), c.id());
        }
        for (int i = 0; i < voteRows.size(); i++) {
            List<String> row = voteRows.get(i);
            int ln = voteLines.get(i);
            String voter = row.get(voterCol).strip();
            List<String> projects = new ArrayList<>();
            for (String p : splitList(row.get(voteCol))) {
                String id = ids.get(p);
                if (id == null) {
                    throw new PabulibFormatException(source, ln, voteStarts.get(i)[voteCol],
                            "选票 '" + voter + "' 投给了 PROJECTS 中没有的项目 '" + p + "'",
                            "ballot '" + voter + "' votes for project '" + p + "', which is not in PROJECTS");
                }
                if (projects.contains(id)) {
                    throw new PabulibFormatException(source, ln, voteStarts.get(i)[voteCol],
                            "选票 '" + voter + "' 多次投给项目 '" + p + "'",
                            "ballot '" + voter + "' lists project '" + p + "' more than once");
                }
                projects.add(id);
            }
            if (maxLength > 0 && projects.size() > maxLength) {
                throw new PabulibFormatException(source, ln, voteStarts.get(i)[voteCol],
                        "选票 '" + voter + "' 列出 " + projects.size() + " 个项目，超过 max_length " + maxLength,
                        "ballot '" + voter + "' lists " + projects.size() + " projects, more than max_length "
                                + maxLength);
            }
            if (type == BallotType.CHOOSE_ONE && projects.size() > 1) {
                throw new PabulibFormatException(source, ln, voteStarts.get(i)[voteCol],
                        "单选（choose-1）选票 '" + voter + "' 列出了 " + projects.size() + " 个项目",
                        "choose-1 ballot '" + voter + "' lists " + projects.size() + " projects");
            }
            List<Long> points = List.of();
            if (pointsCol >= 0) {
                List<String> texts = splitList(row.get(pointsCol));
                if (texts.size() != projects.size()) {
                    throw new PabulibFormatException(source, ln, voteStarts.get(i)[pointsCol],
                            "选票 '" + voter + "' 有 " + projects.size() + " 个项目但有 " + texts.size() + " 个分数",
                            "ballot '" + voter + "' has " + projects.size() + " projects but " + texts.size()
                                    + " points");
                }
                List<Long> pts = new ArrayList<>(texts.size());
                for (String t : texts) {
                    BigDecimal v = number(t, source, ln, voteStarts.get(i)[pointsCol], "points");
                    if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0) {
                        throw new PabulibFormatException(source, ln, voteStarts.get(i)[pointsCol],
                                "分数 '" + t + "' 必须是非负整数", "points '" + t + "' must be a whole number >= 0");
                    }
                    pts.add(v.longValueExact());
                }
                points = pts;
            }
            ballots.add(new Ballot(voter, projects, points));
        }
        try {
            return new Election(source, type, budget, candidates, ballots, maxLength, meta);
        } catch (SelectionException e) {
            throw new PabulibFormatException(source, 1, 1, e.text().zh(), e.text().en(), e);
        }
    }

    private static void requireColumn(List<String> header, String column, String source, int line) {
        if (!header.contains(column)) {
            throw new PabulibFormatException(source, line, 1, "表头缺少列 " + column,
                    "the header has no " + column + " column");
        }
    }

    /** Splits a comma list such as {@code 1,5,12}; an empty field is an empty list. */
    static List<String> splitList(String field) {
        String s = field.strip();
        if (s.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(8);
        int from = 0;
        while (true) {
            int comma = s.indexOf(',', from);
            String part = (comma < 0 ? s.substring(from) : s.substring(from, comma)).strip();
            if (!part.isEmpty()) {
                out.add(part);
            }
            if (comma < 0) {
                return out;
            }
            from = comma + 1;
        }
    }

    /**
     * Parses a number with a decimal point or a decimal comma.
     *
     * @param text the text
     * @param source label for messages
     * @param line line number
     * @param column column number
     * @param what the field, for messages
     * @return the exact value
     */
    static BigDecimal number(String text, String source, int line, int column, String what) {
        String t = text.strip().replace(',', '.');
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new PabulibFormatException(source, line, column,
                    what + " 的值 '" + text + "' 不是数字", what + " '" + text + "' is not a number", e);
        }
    }

    /**
     * Splits one line into {@code ;}-separated fields, honouring double quotes ({@code ""} inside
     * quotes is one quote). Records each field's start column (from 1) in the returned array.
     */
    private static int[] split(String line, List<String> out, int[] starts, String source, int lineNo) {
        int n = line.length();
        int i = 0;
        int field = 0;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (field + 1 >= starts.length) {
                starts = java.util.Arrays.copyOf(starts, starts.length * 2);
            }
            starts[field] = i + 1;
            sb.setLength(0);
            if (i < n && line.charAt(i) == '"') {
                int open = i;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new PabulibFormatException(source, lineNo, open + 1, "引号未闭合",
                                "unclosed double quote");
                    }
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && line.charAt(i + 1) == '"') {
                            sb.append('"');
                            i += 2;
                        } else {
                            i++;
                            break;
                        }
                    } else {
                        sb.append(c);
                        i++;
                    }
                }
                if (i < n && line.charAt(i) != ';') {
                    throw new PabulibFormatException(source, lineNo, i + 1,
                            "右引号后应为 ; 或行尾", "expected ';' or the end of the line after a closing quote");
                }
            } else {
                int semi = line.indexOf(';', i);
                int end = semi < 0 ? n : semi;
                sb.append(line, i, end);
                i = end;
            }
            out.add(sb.toString());
            field++;
            if (i >= n) {
                starts[field] = n + 1;
                return starts;
            }
            i++; // skip ';'
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
