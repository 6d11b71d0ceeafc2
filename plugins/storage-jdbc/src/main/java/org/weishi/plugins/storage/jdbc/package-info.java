/**
 * Durable storage on JDBC: {@link org.weishi.plugins.storage.jdbc.JdbcEventStore} and
 * {@link org.weishi.plugins.storage.jdbc.JdbcPersonalDataVault} on embedded H2 or PostgreSQL 15+,
 * opened with {@link org.weishi.plugins.storage.jdbc.JdbcStores} or as the {@code storage-jdbc}
 * plug-in. The schema and its guarantees are described in {@code docs/storage.md}.
 */
package org.weishi.plugins.storage.jdbc;
