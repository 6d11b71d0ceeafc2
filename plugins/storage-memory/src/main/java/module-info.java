/** In-memory storage plug-in: an {@link org.weishi.spi.storage.EventStore} and a vault held in the heap. */
module org.weishi.plugins.storage.memory {
    requires org.weishi.spi;

    exports org.weishi.plugins.storage.memory;

    provides org.weishi.spi.DistrictPlugin with org.weishi.plugins.storage.memory.MemoryStoragePlugin;
}
