package org.weishi.plugins.storage.memory;

import org.weishi.spi.storage.EventStore;
import org.weishi.testkit.EventStoreContract;

class MemoryEventStoreTest extends EventStoreContract {
    @Override
    protected EventStore createStore() {
        return new MemoryEventStore();
    }
}
