package com.weeklygraphql.content.git;

/**
 * A Git operation failed. The message is safe to log and serve: it never carries a token or a password.
 */
public class GitSyncException extends RuntimeException {

    private final Reason reason;

    public GitSyncException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** What went wrong, coarse enough for health and metrics. */
    public enum Reason {
        UNREACHABLE,
        AUTHENTICATION,
        BRANCH_MISSING,
        CORRUPT_CLONE,
        LOCAL_WRITE,
        OTHER
    }
}
