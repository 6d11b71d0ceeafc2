package org.weishi.core.disclosure;

import java.util.List;
import org.weishi.spi.LocalizedText;
import org.weishi.spi.WeishiException;

/**
 * A district's disclosure policy was refused at start-up. Every problem is listed, numbered, with
 * a count at the end ({@code WS-DISCLOSE-001}).
 *
 * @since 0.1
 */
public final class DisclosurePolicyException extends WeishiException {
    private static final long serialVersionUID = 1L;
    /** The stable code. */
    public static final String CODE = "WS-DISCLOSE-001";
    private final transient List<LocalizedText> problems;

    /** @param problems every problem found, at least one */
    public DisclosurePolicyException(List<LocalizedText> problems) {
        super(CODE, summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, in the order found */
    public List<LocalizedText> problems() {
        return problems;
    }

    private static LocalizedText summary(List<LocalizedText> problems) {
        StringBuilder zh = new StringBuilder("公开策略被拒绝，请修正以下问题：");
        StringBuilder en = new StringBuilder("disclosure policy refused; fix these problems:");
        for (int i = 0; i < problems.size(); i++) {
            zh.append("\n").append(i + 1).append(") ").append(problems.get(i).zh());
            en.append("\n").append(i + 1).append(") ").append(problems.get(i).en());
        }
        zh.append("\n共 ").append(problems.size()).append(" 个问题");
        en.append("\n").append(problems.size()).append(problems.size() == 1 ? " error" : " errors");
        return LocalizedText.of(zh.toString(), en.toString());
    }
}
