package org.weishi.plugins.storage.jdbc.internal;

import java.util.List;
import org.weishi.spi.LocalizedText;
import org.weishi.spi.storage.StorageException;

/**
 * The storage failures of the JDBC store, each with its own code (listed in docs/storage.md).
 * Callers catch {@link StorageException}; the causes never carry a password.
 */
public final class JdbcStorageException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** The database could not be reached or refused the login. */
    public static final String CONNECT = "WS-STORE-010";
    /** The database's schema is newer than this code. */
    public static final String SCHEMA_NEWER = "WS-STORE-011";
    /** Creating or upgrading the schema failed. */
    public static final String MIGRATION = "WS-STORE-012";
    /** An append failed; nothing was written. */
    public static final String WRITE = "WS-STORE-013";
    /** The connection was lost while committing and the outcome could not be learned. */
    public static final String OUTCOME_UNKNOWN = "WS-STORE-014";
    /** A read failed. */
    public static final String READ = "WS-STORE-015";
    /** The store was closed. */
    public static final String CLOSED = "WS-STORE-016";
    /** The database is neither H2 nor PostgreSQL. */
    public static final String UNSUPPORTED = "WS-STORE-017";
    /** The configuration is invalid. */
    public static final String CONFIG = "WS-STORE-018";

    /**
     * @param code one of the codes above
     * @param text the message in both languages
     * @param cause the cause, may be null
     */
    public JdbcStorageException(String code, LocalizedText text, Throwable cause) {
        super(code, text, cause);
    }

    /**
     * @param code one of the codes above
     * @param zh zh-CN text
     * @param en English text
     * @param cause the cause, may be null; scrubbed of the secrets
     * @param secrets texts that must not appear anywhere in the exception
     * @return the exception
     */
    public static JdbcStorageException of(String code, String zh, String en, Throwable cause, List<String> secrets) {
        return new JdbcStorageException(code, LocalizedText.of(scrub(zh, secrets), scrub(en, secrets)),
                Scrubbed.of(cause, secrets));
    }

    /**
     * @param code one of the codes above
     * @param zh zh-CN text
     * @param en English text
     * @param cause the cause, may be null
     * @return the exception
     */
    public static JdbcStorageException of(String code, String zh, String en, Throwable cause) {
        return of(code, zh, en, cause, List.of());
    }

    static String scrub(String s, List<String> secrets) {
        if (s == null) return null;
        String out = s;
        for (String secret : secrets) out = out.replace(secret, "***");
        return out;
    }

    /**
     * A stand-in for a cause whose message (or whose causes' messages) contained a secret: same
     * class name, scrubbed message, same stack trace.
     */
    static final class Scrubbed extends Exception {
        private static final long serialVersionUID = 1L;

        private Scrubbed(String message, Throwable cause) {
            super(message, cause);
        }

        static Throwable of(Throwable t, List<String> secrets) {
            if (t == null || secrets.isEmpty() || !mentions(t, secrets)) return t;
            Scrubbed s = new Scrubbed(t.getClass().getName() + ": " + scrub(t.getMessage(), secrets),
                    of(t.getCause(), secrets));
            s.setStackTrace(t.getStackTrace());
            return s;
        }

        private static boolean mentions(Throwable t, List<String> secrets) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                String m = String.valueOf(c.getMessage()) + " " + c;
                for (String secret : secrets) if (m.contains(secret)) return true;
                for (Throwable sup : c.getSuppressed()) if (mentions(sup, secrets)) return true;
                if (c.getCause() == c) break;
            }
            return false;
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
