package org.weishi.spi.notify;

/**
 * Receives committed events through the outbox, after the command that produced them has been
 * acknowledged.
 *
 * <h2>Implementation requirements</h2>
 * <ul>
 *   <li><b>At least once.</b> A notification may arrive again (after a crash or a failure);
 *       de-duplicate by {@link Notification#id()}.</li>
 *   <li><b>In order per stream.</b> Notifications of one stream arrive in version order.</li>
 *   <li><b>Failure is contained.</b> Throwing makes the outbox retry later; it never rolls back or
 *       blocks a command, and never stops other notifiers.</li>
 *   <li>Called from one outbox thread per notifier; need not be thread-safe.</li>
 * </ul>
 */
public interface Notifier {
    /** @return stable id, used to keep delivery state */
    String id();

    /**
     * @param notification a committed event
     * @throws Exception to have it retried later
     */
    void deliver(Notification notification) throws Exception;
}
