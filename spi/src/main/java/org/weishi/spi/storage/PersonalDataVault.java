package org.weishi.spi.storage;

import java.util.Map;
import java.util.Optional;

/**
 * Personal information (name, phone, ID number, address …) kept apart from the public event
 * payloads, referenced from events by a person key. Erasing a person removes their data here and
 * leaves the event log, and so its audit chain, untouched.
 *
 * <h2>Implementation requirements</h2>
 * <ul>
 *   <li>Thread-safe.</li>
 *   <li>{@link #put} is durable when it returns, and happens before the event that references the
 *       key is appended, so a reference never dangles (an orphan record is harmless).</li>
 *   <li>After {@link #erase}, {@link #get} returns empty for that key forever, and the data is not
 *       recoverable from the store's live tables.</li>
 *   <li>Never logs the values.</li>
 * </ul>
 */
public interface PersonalDataVault {
    /**
     * Stores or replaces a person's fields.
     *
     * @param personKey opaque key, e.g. {@code psn-3f9a…}
     * @param fields field name to value, e.g. {@code name}, {@code phone}, {@code idNumber}, {@code address}
     */
    void put(String personKey, Map<String, String> fields);

    /**
     * Stores or replaces a person's fields without waiting: the future completes once the record
     * is durable (as {@link #put} returns), or exceptionally with what {@code put} would have
     * thrown. Lets a vault with group commit write many records in one transaction. The default
     * calls {@link #put} on the calling thread.
     *
     * @param personKey opaque key
     * @param fields field name to value
     * @return completes when durable
     * @since 0.1.0
     */
    default java.util.concurrent.CompletableFuture<Void> putAsync(String personKey, Map<String, String> fields) {
        try {
            put(personKey, fields);
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return java.util.concurrent.CompletableFuture.failedFuture(e);
        }
    }

    /**
     * @param personKey a key
     * @return the fields, unless erased or never stored
     */
    Optional<Map<String, String>> get(String personKey);

    /**
     * @param personKey a key
     * @return true when something was erased, false when the key was unknown or already erased
     */
    boolean erase(String personKey);
}
