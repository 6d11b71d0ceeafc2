package org.weishi.plugins.storage.jdbc;

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.weishi.spi.storage.EventStore;
import org.weishi.testkit.EventStoreContract;

/** The event-store contract on an in-memory H2 database, fresh for each test. */
class JdbcEventStoreH2Test extends EventStoreContract {
    private JdbcStores stores;

    @Override
    protected EventStore createStore() {
        stores = JdbcStores.open(JdbcStorageConfig.of("jdbc:h2:mem:contract-" + UUID.randomUUID(), null, null),
                Clock.systemUTC());
        return stores.eventStore();
    }

    @AfterEach
    void closeStores() {
        stores.close();
    }
}
