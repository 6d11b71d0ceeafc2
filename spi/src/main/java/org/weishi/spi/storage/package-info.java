/**
 * The storage capability: an append-only, hash-chained event store and a personal-data vault.
 *
 * <p>Every store must pass {@code org.weishi.testkit.EventStoreContract} from {@code weishi-testkit}.
 */
package org.weishi.spi.storage;
