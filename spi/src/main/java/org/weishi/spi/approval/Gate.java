package org.weishi.spi.approval;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named checkpoint in a project's lifecycle where approval rules are evaluated. The standard
 * gates are constants; a district may name its own in its lifecycle configuration.
 *
 * @param name lowercase name, e.g. {@code approval}
 */
public record Gate(String name) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    /** 受理: a demand or project enters the system. */
    public static final Gate INTAKE = new Gate("intake");
    /** 部门预审: departments check design, budget, law. */
    public static final Gate PRE_REVIEW = new Gate("pre-review");
    /** 民主决策: the residents' council decides. */
    public static final Gate DELIBERATION = new Gate("deliberation");
    /** 立项: the project is approved and money committed. */
    public static final Gate APPROVAL = new Gate("approval");
    /** 验收: formal acceptance. */
    public static final Gate ACCEPTANCE = new Gate("acceptance");
    /** 销号: the item is closed in the ledger. */
    public static final Gate CLOSE = new Gate("close");

    /** Validates the name. */
    public Gate {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("gate name '" + name + "' must be lowercase");
    }

    @Override
    public String toString() {
        return name;
    }
}
