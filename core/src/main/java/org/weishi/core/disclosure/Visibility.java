package org.weishi.core.disclosure;

/**
 * How far a field of a project or demand may travel, per the district's {@link DisclosurePolicy}.
 *
 * @since 0.1
 */
public enum Visibility {
    /** Published as is (free text always goes through {@link TextRedactor} first). */
    PUBLIC,
    /** Published masked: a name as 张*三; free text redacted. */
    MASKED,
    /** Officials only; the default for any field the policy does not name (default deny). */
    INTERNAL,
    /**
     * Never published, and no district configuration can change that: phones, ID numbers, exact
     * addresses, health and disability details, anything about a child (PIPL art. 28). Officials'
     * internal view still holds them.
     */
    NEVER;

    /** @return true when the field appears in the public view */
    public boolean published() {
        return this == PUBLIC || this == MASKED;
    }
}
