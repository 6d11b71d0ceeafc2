package org.weishi.plugins.storage.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.weishi.spi.storage.EventStore;
import org.weishi.testkit.EventStoreContract;

/** The event-store contract on PostgreSQL, a fresh schema for each test. */
class JdbcEventStorePostgresTest extends EventStoreContract {
    private JdbcStores stores;

    // Class level, so an unavailable server skips (or, in CI, fails) the whole suite before the
    // contract's own set-up runs.
    @BeforeAll
    static void requirePostgres() {
        TestPostgres.require();
    }

    @Override
    protected EventStore createStore() {
        stores = TestPostgres.open(TestPostgres.freshSchema());
        return stores.eventStore();
    }

    @AfterEach
    void closeStores() {
        if (stores != null) stores.close();
    }

    @AfterAll
    static void dropSchemas() {
        TestPostgres.dropTestSchemas();
    }
}
