package org.weishi.benchmarks.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import org.weishi.plugins.storage.jdbc.JdbcEventStore;
import org.weishi.plugins.storage.jdbc.JdbcStores;
import org.weishi.spi.storage.AppendRequest;
import org.weishi.spi.storage.ExpectedVersion;
import org.weishi.spi.storage.NewEvent;
import org.weishi.spi.storage.StreamAppend;
import org.weishi.spi.storage.StreamId;

/**
 * The store's single-thread append against the raw JDBC loop, measured in alternating slices
 * (default 40 × 500 ms each) in one JVM, so a machine shared with other work slows both alike and
 * the ratio stays meaningful when absolute figures do not. Usage:
 * {@code java -cp benchmarks.jar org.weishi.benchmarks.storage.StoreVsRawPaired [h2|postgresql] [slices] [sliceMillis]}.
 */
public final class StoreVsRawPaired {
    private StoreVsRawPaired() {
    }

    /**
     * @param args database, slices, slice length in ms
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "h2";
        int slices = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        long sliceNanos = (args.length > 2 ? Long.parseLong(args[2]) : 500) * 1_000_000L;
        String rawSchema = StorageTargets.freshSchema();
        String storeSchema = StorageTargets.freshSchema();
        try (Connection c = StorageTargets.rawConnection(db, rawSchema);
             JdbcStores stores = StorageTargets.openStores(db, storeSchema)) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE raw_events (position BIGINT PRIMARY KEY, stream_type VARCHAR(32) NOT NULL,"
                        + " stream_id VARCHAR(128) NOT NULL, version BIGINT NOT NULL, event_type VARCHAR(64) NOT NULL,"
                        + " payload VARCHAR NOT NULL, metadata VARCHAR NOT NULL, recorded_at_micros BIGINT NOT NULL,"
                        + " previous_hash CHAR(64) NOT NULL, hash CHAR(64) NOT NULL)");
                st.execute("CREATE TABLE raw_head (id INTEGER PRIMARY KEY, last_position BIGINT NOT NULL)");
                st.execute("INSERT INTO raw_head VALUES (1, 0)");
            }
            c.commit();
            PreparedStatement insert = c.prepareStatement("INSERT INTO raw_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            PreparedStatement update = c.prepareStatement("UPDATE raw_head SET last_position = ? WHERE id = 1");
            JdbcEventStore store = stores.eventStore();
            long rawOps = 0;
            long rawNanos = 0;
            long storeOps = 0;
            long storeNanos = 0;
            long n = 0;
            long m = 0;
            for (int s = 0; s < slices; s++) {
                long t0 = System.nanoTime();
                while (System.nanoTime() - t0 < sliceNanos) {
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
                    if (s > 0) rawOps++;
                }
                if (s > 0) rawNanos += System.nanoTime() - t0;
                long t1 = System.nanoTime();
                while (System.nanoTime() - t1 < sliceNanos) {
                    store.append(AppendRequest.of(new StreamAppend(new StreamId("demand", "D-" + (++m)),
                            ExpectedVersion.NO_STREAM, List.of(new NewEvent("DemandSubmitted", StorageTargets.PAYLOAD,
                                    StorageTargets.METADATA)))));
                    if (s > 0) storeOps++;
                }
                if (s > 0) storeNanos += System.nanoTime() - t1;
            }
            double raw = rawOps / (rawNanos / 1e9);
            double st = storeOps / (storeNanos / 1e9);
            System.out.printf("%s, %d slices of %d ms (first slice of each discarded as warm-up): raw loop %,.0f/s, store append %,.0f/s, store/raw = %.2f%n",
                    db, slices, sliceNanos / 1_000_000, raw, st, st / raw);
        } finally {
            StorageTargets.dropSchema(db, rawSchema);
            StorageTargets.dropSchema(db, storeSchema);
        }
    }
}
