package org.weishi.cli;

/** A failure the command reports in one line with a chosen exit status. */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    CliException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
