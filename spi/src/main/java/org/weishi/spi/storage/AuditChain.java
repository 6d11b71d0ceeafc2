package org.weishi.spi.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The audit hash chain every store keeps (全过程可查, tamper evident): each event's hash is
 * SHA-256 over the previous event's hash and the event's canonical encoding. Altering, removing or
 * reordering any stored event breaks every hash after it.
 *
 * <h2>Canonical encoding</h2>
 * The UTF-8 bytes of each of these fields, each preceded by its length as a 4-byte big-endian int,
 * in this order: previous hash (hex), position (decimal), stream type, stream id, version
 * (decimal), event type, recorded-at (microseconds since the epoch, decimal), payload, metadata.
 * Stores compute it with {@link #hash}; verifiers recompute it from stored columns alone.
 *
 * <p>Personal data is never in the payload, so erasing it from the vault leaves the chain intact.
 */
public final class AuditChain {
    /** The previous hash of the first event: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    });
    private static final ThreadLocal<byte[]> LENGTH = ThreadLocal.withInitial(() -> new byte[4]);

    private AuditChain() {
    }

    /**
     * @param previousHash hash of the preceding event, or {@link #GENESIS}
     * @param position the event's position
     * @param stream its stream
     * @param version its stream version
     * @param type its type
     * @param recordedAt its timestamp
     * @param payload its payload
     * @param metadata its metadata
     * @return lowercase hex SHA-256
     */
    public static String hash(String previousHash, long position, StreamId stream, long version, String type,
                              Instant recordedAt, String payload, String metadata) {
        MessageDigest md = SHA256.get();
        md.reset();
        field(md, previousHash);
        field(md, Long.toString(position));
        field(md, stream.type());
        field(md, stream.id());
        field(md, Long.toString(version));
        field(md, type);
        field(md, Long.toString(epochMicros(recordedAt)));
        field(md, payload);
        field(md, metadata);
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * @param e a stored event
     * @return the hash the event should carry given its stored previous hash
     */
    public static String recompute(RecordedEvent e) {
        return hash(e.previousHash(), e.position(), e.stream(), e.version(), e.type(), e.recordedAt(),
                e.payload(), e.metadata());
    }

    /**
     * @param t an instant
     * @return whole microseconds since 1970-01-01T00:00Z (the stored precision)
     */
    public static long epochMicros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }

    private static void field(MessageDigest md, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        byte[] len = LENGTH.get();
        int n = b.length;
        len[0] = (byte) (n >>> 24);
        len[1] = (byte) (n >>> 16);
        len[2] = (byte) (n >>> 8);
        len[3] = (byte) n;
        md.update(len);
        md.update(b);
    }
}
