/**
 * JDBC storage plug-in: a durable, hash-chained event store and a personal-data vault on embedded
 * H2 (the default) or PostgreSQL 15+. Drivers and Flyway's PostgreSQL support are found at run
 * time (services), so they need only be on the module path.
 */
module org.weishi.plugins.storage.jdbc {
    requires transitive org.weishi.spi;
    requires transitive java.sql;
    requires com.zaxxer.hikari;
    requires flyway.core;

    exports org.weishi.plugins.storage.jdbc;

    provides org.weishi.spi.DistrictPlugin with org.weishi.plugins.storage.jdbc.JdbcStoragePlugin;
}
