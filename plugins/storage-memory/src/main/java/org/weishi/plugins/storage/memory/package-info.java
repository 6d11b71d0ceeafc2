/** In-memory storage: {@link org.weishi.plugins.storage.memory.MemoryEventStore}. Nothing survives the process. */
package org.weishi.plugins.storage.memory;
