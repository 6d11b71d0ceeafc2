package org.weishi.plugins.storage.memory;

import org.weishi.spi.storage.PersonalDataVault;
import org.weishi.testkit.PersonalDataVaultContract;

class MemoryPersonalDataVaultTest extends PersonalDataVaultContract {
    @Override
    protected PersonalDataVault createVault() {
        return new MemoryPersonalDataVault();
    }
}
