package org.weishi.plugins.storage.jdbc;

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.weishi.spi.storage.PersonalDataVault;
import org.weishi.testkit.PersonalDataVaultContract;

/** The vault contract on an in-memory H2 database. */
class JdbcPersonalDataVaultH2Test extends PersonalDataVaultContract {
    private JdbcStores stores;

    @Override
    protected PersonalDataVault createVault() {
        stores = JdbcStores.open(JdbcStorageConfig.of("jdbc:h2:mem:vault-" + UUID.randomUUID(), null, null),
                Clock.systemUTC());
        return stores.personalDataVault();
    }

    @AfterEach
    void closeStores() {
        stores.close();
    }
}
