package org.weishi.plugins.storage.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.weishi.spi.storage.PersonalDataVault;

/** A personal-data vault held in the heap. */
public final class MemoryPersonalDataVault implements PersonalDataVault {
    private final Map<String, Map<String, String>> people = new ConcurrentHashMap<>();

    /** An empty vault. */
    public MemoryPersonalDataVault() {
    }

    @Override
    public void put(String personKey, Map<String, String> fields) {
        people.put(personKey, Map.copyOf(fields));
    }

    @Override
    public Optional<Map<String, String>> get(String personKey) {
        return Optional.ofNullable(people.get(personKey));
    }

    @Override
    public boolean erase(String personKey) {
        return people.remove(personKey) != null;
    }

    @Override
    public String toString() {
        return "MemoryPersonalDataVault[" + people.size() + " people]";
    }
}
