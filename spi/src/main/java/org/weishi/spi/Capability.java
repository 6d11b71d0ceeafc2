package org.weishi.spi;

/** A kind of thing a plug-in provides. */
public enum Capability {
    /** An {@link org.weishi.spi.storage.EventStore} (and optionally a personal-data vault). */
    STORAGE,
    /** {@link org.weishi.spi.approval.ApprovalRule}s. */
    APPROVAL_RULE,
    /** {@link org.weishi.spi.notify.Notifier}s. */
    NOTIFICATION,
    /** Selection rules (participatory budgeting: which projects to fund from ballots). */
    SELECTION_RULE,
    /** Disclosure publishers (public feeds, OCDS). */
    DISCLOSURE
}
