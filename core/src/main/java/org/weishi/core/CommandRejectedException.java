package org.weishi.core;

import java.util.List;
import java.util.stream.Collectors;
import org.weishi.spi.LocalizedText;
import org.weishi.spi.WeishiException;

/**
 * A command was refused: it was invalid, not allowed, or not possible in the current state.
 * Nothing was changed. Every problem found is listed, not only the first.
 */
public class CommandRejectedException extends WeishiException {
    private static final long serialVersionUID = 1L;
    private final List<Problem> problems;

    /** @param problems at least one problem; the exception's code is the first problem's */
    public CommandRejectedException(List<Problem> problems) {
        super(problems.get(0).code(), summarize(problems));
        this.problems = List.copyOf(problems);
    }

    /** @param problem the problem */
    public CommandRejectedException(Problem problem) {
        this(List.of(problem));
    }

    /** @return every problem, in the order found */
    public List<Problem> problems() {
        return problems;
    }

    private static LocalizedText summarize(List<Problem> ps) {
        if (ps.size() == 1) {
            Problem p = ps.get(0);
            String f = p.field().isEmpty() ? "" : p.field() + ": ";
            return LocalizedText.of(f + p.message().zh(), f + p.message().en());
        }
        int[] n = {0};
        String zh = ps.stream().map(p -> (++n[0]) + ") " + (p.field().isEmpty() ? "" : p.field() + "：") + p.message().zh())
                .collect(Collectors.joining("; ")) + "（共 " + ps.size() + " 个问题）";
        n[0] = 0;
        String en = ps.stream().map(p -> (++n[0]) + ") " + (p.field().isEmpty() ? "" : p.field() + ": ") + p.message().en())
                .collect(Collectors.joining("; ")) + " (" + ps.size() + " problems)";
        return LocalizedText.of(zh, en);
    }
}
