package org.weishi.benchmarks.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * The ceiling the store is measured against (issue 5): on one connection, insert one event row,
 * update one row, commit. Same row shape and payload as the store's {@code events} table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class RawJdbcLoopBenchmark {
    /** {@code h2} (file) or {@code postgresql}. */
    @Param({"h2", "postgresql"})
    public String db;

    private Connection c;
    private PreparedStatement insert;
    private PreparedStatement update;
    private String schema;
    private long n;

    /** Creates the two tables on a fresh database. */
    @Setup
    public void setUp() throws Exception {
        schema = StorageTargets.freshSchema();
        c = StorageTargets.rawConnection(db, schema);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE raw_events (position BIGINT PRIMARY KEY, stream_type VARCHAR(32) NOT NULL,"
                    + " stream_id VARCHAR(128) NOT NULL, version BIGINT NOT NULL, event_type VARCHAR(64) NOT NULL,"
                    + " payload VARCHAR NOT NULL, metadata VARCHAR NOT NULL, recorded_at_micros BIGINT NOT NULL,"
                    + " previous_hash CHAR(64) NOT NULL, hash CHAR(64) NOT NULL)");
            st.execute("CREATE TABLE raw_head (id INTEGER PRIMARY KEY, last_position BIGINT NOT NULL)");
            st.execute("INSERT INTO raw_head VALUES (1, 0)");
        }
        c.commit();
        insert = c.prepareStatement("INSERT INTO raw_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        update = c.prepareStatement("UPDATE raw_head SET last_position = ? WHERE id = 1");
    }

    /** One event, one update, one commit. */
    @Benchmark
    public void insertUpdateCommit() throws SQLException {
        long p = ++n;
        insert.setLong(1, p);
        insert.setString(2, "demand");
        insert.setString(3, "D-" + p);
        insert.setLong(4, 1);
        insert.setString(5, "DemandSubmitted");
        insert.setString(6, StorageTargets.PAYLOAD);
        insert.setString(7, StorageTargets.METADATA);
        insert.setLong(8, System.currentTimeMillis() * 1000);
        insert.setString(9, "0000000000000000000000000000000000000000000000000000000000000000");
        insert.setString(10, "1111111111111111111111111111111111111111111111111111111111111111");
        insert.executeUpdate();
        update.setLong(1, p);
        update.executeUpdate();
        c.commit();
    }

    /** Closes and drops. */
    @TearDown
    public void tearDown() throws Exception {
        c.close();
        StorageTargets.dropSchema(db, schema);
    }
}
