package org.weishi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.weishi.spi.storage.PersonalDataVault;

/** The contract every {@link PersonalDataVault} must pass. Implement {@link #createVault()}. */
public abstract class PersonalDataVaultContract {
    /** The vault under test. */
    protected PersonalDataVault vault;

    /** @return a new, empty vault */
    protected abstract PersonalDataVault createVault();

    @BeforeEach
    void open() {
        vault = createVault();
    }

    @Test
    @DisplayName("put then get returns the fields; put again replaces them")
    void putGet() {
        vault.put("psn-1", Map.of("name", "张小三", "phone", "13812341234"));
        assertThat(vault.get("psn-1")).hasValue(Map.of("name", "张小三", "phone", "13812341234"));
        vault.put("psn-1", Map.of("name", "张小三"));
        assertThat(vault.get("psn-1")).hasValue(Map.of("name", "张小三"));
        assertThat(vault.get("psn-2")).isEmpty();
    }

    @Test
    @DisplayName("putAsync: many records in flight, each readable once its future completes")
    void putAsync() {
        java.util.List<java.util.concurrent.CompletableFuture<Void>> inFlight = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) inFlight.add(vault.putAsync("psn-" + i, Map.of("name", "居民" + i)));
        for (int i = 0; i < 300; i++) {
            inFlight.get(i).join();
            assertThat(vault.get("psn-" + i)).hasValue(Map.of("name", "居民" + i));
        }
        vault.putAsync("psn-7", Map.of("name", "改名")).join();
        assertThat(vault.get("psn-7")).hasValue(Map.of("name", "改名"));
    }

    @Test
    @DisplayName("erase removes a person for good; erasing again or an unknown key returns false")
    void erase() {
        vault.put("psn-1", Map.of("name", "李四"));
        vault.put("psn-2", Map.of("name", "王五"));
        assertThat(vault.erase("psn-1")).isTrue();
        assertThat(vault.get("psn-1")).isEmpty();
        assertThat(vault.erase("psn-1")).isFalse();
        assertThat(vault.erase("nobody")).isFalse();
        assertThat(vault.get("psn-2")).hasValue(Map.of("name", "王五"));
    }
}
