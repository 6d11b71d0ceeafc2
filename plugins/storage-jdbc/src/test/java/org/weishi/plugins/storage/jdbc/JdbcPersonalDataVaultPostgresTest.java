package org.weishi.plugins.storage.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.weishi.spi.storage.PersonalDataVault;
import org.weishi.testkit.PersonalDataVaultContract;

/** The vault contract on PostgreSQL. */
class JdbcPersonalDataVaultPostgresTest extends PersonalDataVaultContract {
    private JdbcStores stores;

    // Class level, so an unavailable server skips (or, in CI, fails) the whole suite before the
    // contract's own set-up runs.
    @BeforeAll
    static void requirePostgres() {
        TestPostgres.require();
    }

    @Override
    protected PersonalDataVault createVault() {
        stores = TestPostgres.open(TestPostgres.freshSchema());
        return stores.personalDataVault();
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
