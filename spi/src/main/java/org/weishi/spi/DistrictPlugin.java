package org.weishi.spi;

import java.util.List;
import java.util.Optional;
import org.weishi.spi.approval.ApprovalRule;
import org.weishi.spi.disclosure.DisclosurePublisher;
import org.weishi.spi.notify.Notifier;
import org.weishi.spi.selection.SelectionRule;
import org.weishi.spi.storage.EventStore;
import org.weishi.spi.storage.PersonalDataVault;

/**
 * The entry point of a plug-in. A plug-in overrides only the hooks it needs; every method has a
 * default. Annotate the class with {@link PluginManifest} so the host can read its descriptor
 * without running its code, and register it as a service:
 * {@code provides org.weishi.spi.DistrictPlugin with my.Plugin;} in {@code module-info.java}.
 *
 * <h2>Implementation requirements</h2>
 * <ul>
 *   <li>A public no-argument constructor (or a public static {@code provider()} method) that does
 *       no work: the host may construct a plug-in only to read it.</li>
 *   <li>{@link #start} is called once, before any capability method; {@link #stop} once, after
 *       the host stopped using the capabilities. Plug-ins start in dependency order and stop in
 *       reverse.</li>
 *   <li>Capability methods are called after {@code start} and must return the same instances on
 *       every call.</li>
 *   <li>An exception from {@code start} marks the plug-in FAILED, with the cause kept; it never
 *       takes the host down.</li>
 * </ul>
 */
public interface DistrictPlugin {
    /** @return the descriptor; by default read from the class's {@link PluginManifest} */
    default PluginDescriptor descriptor() {
        return PluginDescriptor.of(getClass());
    }

    /**
     * Prepares the plug-in: read and validate configuration, open resources.
     *
     * @param context configuration, clock and logger
     * @throws Exception anything that prevents the plug-in from working
     */
    default void start(PluginContext context) throws Exception {
    }

    /** Releases resources. */
    default void stop() {
    }

    /** @return the event store this plug-in provides, if it is a storage plug-in */
    default Optional<EventStore> eventStore() {
        return Optional.empty();
    }

    /** @return the personal-data vault this plug-in provides, if any */
    default Optional<PersonalDataVault> personalDataVault() {
        return Optional.empty();
    }

    /** @return approval rules */
    default List<ApprovalRule> approvalRules() {
        return List.of();
    }

    /** @return notifiers */
    default List<Notifier> notifiers() {
        return List.of();
    }

    /**
     * @return disclosure publishers (public feeds, OCDS …); declare {@link Capability#DISCLOSURE}
     * @since 0.1
     */
    default List<DisclosurePublisher> disclosurePublishers() {
        return List.of();
    }

    /**
     * @return selection rules (participatory budgeting), each with a unique id
     * @since 0.1.0
     */
    default List<SelectionRule> selectionRules() {
        return List.of();
    }
}
