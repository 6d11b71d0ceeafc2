package org.weishi.core;

import java.util.List;
import java.util.Optional;
import org.weishi.core.command.Command;
import org.weishi.core.district.DistrictConfig;
import org.weishi.core.view.Dashboard;
import org.weishi.core.view.DemandView;
import org.weishi.core.view.EnvelopeView;
import org.weishi.core.view.PreReviewView;
import org.weishi.core.view.ProjectFundingView;
import org.weishi.core.view.ProjectView;
import org.weishi.spi.disclosure.DisclosurePublisher;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.PersonalDataVault;

/**
 * The weishi engine: send it commands, read its views.
 *
 * <pre>{@code
 * try (Weishi weishi = Weishi.builder()
 *         .district(config)
 *         .install(new MemoryStoragePlugin())
 *         .build()) {
 *     Receipt r = weishi.execute(socialWorker, new SubmitDemand(Channel.SOCIAL_WORKER, "elderly-care",
 *             "doumen/doumen-town/xiaohaochong", "助浴服务", "独居老人需要上门助浴", 12,
 *             new Submitter("张小三", "13812341234", null, null)));
 *     weishi.demand(r.aggregateId()).ifPresent(System.out::println);
 * }
 * }</pre>
 *
 * <p>Thread-safe: any number of threads may call {@link #execute} concurrently. A command is
 * either fully applied (its events durable in the store, views updated, receipt returned) or not
 * at all (an exception, nothing changed).
 */
public interface Weishi extends AutoCloseable {
    /** @return a builder for a plain-Java host (Guice hosts install {@code org.weishi.guice.WeishiModule}) */
    static WeishiBuilder builder() {
        return new WeishiBuilder();
    }

    /**
     * Executes a command.
     *
     * @param actor who acts, with the roles the host authenticated
     * @param command the command
     * @return the receipt, after the events are durable
     * @throws CommandRejectedException when the command is invalid, not allowed or not possible now;
     *         every problem is listed and nothing changed
     * @throws org.weishi.spi.storage.StorageException when the store failed; nothing changed
     */
    Receipt execute(Actor actor, Command command);

    /**
     * Executes a command at most once per key: a retry with the same key returns the first
     * receipt, marked duplicate, and changes nothing.
     *
     * @param actor who acts
     * @param command the command
     * @param idempotencyKey the caller's key for this command, 1-128 characters
     * @return the receipt
     */
    Receipt execute(Actor actor, Command command, String idempotencyKey);

    /**
     * Executes a command without waiting for its events to be durable, so one thread can keep
     * many commands in flight and a store with group commit can write them in one transaction
     * (on PostgreSQL this is what turns one commit per command into one per batch).
     *
     * <p>The command is validated, authorised and decided on the calling thread; an invalid
     * command gives an already failed future. The future completes with the receipt once the
     * events are durable and folded into the views, or exceptionally with what {@link #execute}
     * would have thrown ({@link CommandRejectedException}, a storage failure).
     *
     * <p><b>Visibility.</b> A command decides on the views as they are when it is sent: commands
     * still in flight are not in them. Commands on different aggregates can be sent freely; a
     * command that depends on another (the next transition of the same project) should be sent
     * when the other's future has completed. If two in-flight commands touch the same stream, the
     * later one finds the stream moved on, is decided again on the new state and may then be
     * refused; nothing is ever applied twice or on a stale state.
     *
     * <p>Dependent actions registered with the future's non-{@code Async} methods may run on the
     * store's commit thread and delay other commands' commits: keep them short or use the
     * {@code *Async} variants. On a store without a commit queue (the memory store) the command
     * completes before this method returns.
     *
     * @param actor who acts
     * @param command the command
     * @return the receipt, once durable
     * @since 0.1.0
     */
    java.util.concurrent.CompletableFuture<Receipt> executeAsync(Actor actor, Command command);

    /**
     * {@link #executeAsync(Actor, Command)} at most once per key, as {@link #execute(Actor, Command, String)}.
     *
     * @param actor who acts
     * @param command the command
     * @param idempotencyKey the caller's key for this command, 1-128 characters
     * @return the receipt, once durable
     * @since 0.1.0
     */
    java.util.concurrent.CompletableFuture<Receipt> executeAsync(Actor actor, Command command, String idempotencyKey);

    /**
     * @param id a demand id
     * @return the demand, if it exists
     */
    Optional<DemandView> demand(String id);

    /**
     * @param id a project id
     * @return the project, if it exists
     */
    Optional<ProjectView> project(String id);

    /** @return every demand, ordered by id */
    List<DemandView> demands();

    /** @return every project, ordered by id */
    List<ProjectView> projects();

    /**
     * @param scopeId a community
     * @return its residents' council, if constituted
     */
    Optional<org.weishi.core.deliberation.CouncilView> council(String scopeId);

    /**
     * @param meetingId a meeting id
     * @return the meeting, if it exists
     */
    Optional<org.weishi.core.deliberation.MeetingView> meeting(String meetingId);

    /**
     * @param projectId a project id
     * @return its notice period with objections, if it was ever published for notice
     */
    Optional<org.weishi.core.deliberation.NoticeView> notice(String projectId);

    /**
     * @return every budget envelope, ordered by year, scope and id, with its balances (allocated,
     *         committed, spent, released, available); see {@link org.weishi.core.view.EnvelopeReport}
     *         to print them
     */
    List<EnvelopeView> envelopes();

    /**
     * @param id an envelope id
     * @return the envelope, if it exists
     */
    Optional<EnvelopeView> envelope(String id);

    /**
     * @param projectId a project id
     * @return the project's funding (plan, commitment, actual cost, settlement), if it has a plan
     */
    Optional<ProjectFundingView> funding(String projectId);

    /**
     * @param projectId a project id
     * @return the project's department pre-review, if departments were required
     */
    Optional<PreReviewView> preReview(String projectId);

    /**
     * Folds into the views whatever other writers (another process on the same database) appended
     * since this engine last read the log. This engine's own commands are in the views as soon as
     * they are acknowledged, and a command whose streams another writer changed is re-decided on
     * fresh state automatically; call this before reading views that must include other writers'
     * work. {@link #dashboard()} does it itself.
     */
    void refresh();

    /**
     * Saves a snapshot of the views in the event store, so the next engine started on this log
     * replays only the events after it (see {@code docs/storage.md}). Runs in the calling thread;
     * commands go on meanwhile. Stores that keep no snapshots ignore it. See also
     * {@link WeishiBuilder#snapshotEvery(long)}.
     *
     * @return the position of the last event the snapshot holds: the views' position when it was
     *         taken (0 for an empty log, when nothing is saved)
     * @throws org.weishi.spi.storage.StorageException when the store could not save it
     * @throws UnsupportedOperationException when this implementation keeps no snapshots
     * @since 0.1.0
     */
    default long snapshot() {
        throw new UnsupportedOperationException("this engine keeps no snapshots");
    }

    /** @return counts and money from the projections */
    Dashboard dashboard();

    /** @return the district configuration in use */
    DistrictConfig district();

    /** @return every plug-in the host knows, with its state */
    List<PluginInfo> plugins();

    /** @return the event store in use (for verification and export tools) */
    EventStore eventStore();

    /**
     * The personal-data vault in use: for disclosure (names to mask and to find in free text) and
     * for erasure ({@code weishi erase}). Hosts must not hand it to plug-ins or log its values.
     *
     * @return the vault
     * @since 0.1
     */
    PersonalDataVault personalDataVault();

    /**
     * @return the disclosure publishers of every started plug-in (feed, OCDS …), in start order
     * @since 0.1
     */
    List<DisclosurePublisher> disclosurePublishers();

    /** Stops notifiers and plug-ins and closes the store. Idempotent. */
    @Override
    void close();
}
