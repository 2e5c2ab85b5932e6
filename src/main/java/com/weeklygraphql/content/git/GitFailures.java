package com.weeklygraphql.content.git;

import com.weeklygraphql.content.git.GitSyncException.Reason;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;

/**
 * What a JGit failure means for an operator. JGit reports most failures as a TransportException or an
 * IOException with a message; the reason has to be read from the whole cause chain.
 */
final class GitFailures {

    private GitFailures() {
    }

    /** Sorts a JGit failure into what an operator must do about it.  */
    static Reason classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("not authorized") || message.contains("authentication")
                    || message.contains("upload-pack not permitted") || message.contains(" 401 ") || message.contains(" 403 ")
                    || message.endsWith(" 401") || message.endsWith(" 403") || message.contains("forbidden")
                    || message.contains("cannot log in")) {
                return Reason.AUTHENTICATION;
            }
        }
        // Local write failures first: JGit wraps them in TransportException when they happen during a fetch.
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof AccessDeniedException || t instanceof java.nio.file.NotDirectoryException
                    || t instanceof java.nio.file.ReadOnlyFileSystemException
                    || message.contains("no space left") || message.contains("disk quota")
                    || message.contains("operation not permitted")
                    || message.contains("read-only file system") || message.contains("permission denied")
                    || message.contains("not a directory") || message.contains("creating directories for")
                    || message.contains("creating lock file") || message.contains("cannot lock")
                    || message.contains("file too large")) {
                return Reason.LOCAL_WRITE;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof MissingObjectException || t instanceof CorruptObjectException
                    || message.contains("corrupt") || message.contains("missing unknown")
                    || message.contains("missing blob") || message.contains("missing tree")
                    || message.contains("missing commit") || message.contains("unreadable pack")
                    || message.contains("short compressed stream") || message.contains("invalid pack")
                    || message.contains("packfile is truncated") || message.contains("unknown repository format")) {
                return Reason.CORRUPT_CLONE;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NoRemoteRepositoryException || t instanceof InvalidRemoteException
                    || t instanceof TransportException || t instanceof org.eclipse.jgit.errors.TransportException) {
                return Reason.UNREACHABLE;
            }
            if (t instanceof FileSystemException || t instanceof UncheckedIOException) {
                return Reason.LOCAL_WRITE;
            }
        }
        return Reason.OTHER;
    }

    /** Every distinct message of the cause chain, outermost first: JGit hides the useful one deep down. */
    static String messageChain(Throwable e) {
        Throwable root = e;
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            if (root.getMessage() != null && !message.toString().contains(root.getMessage())) {
                message.append(": ").append(root.getMessage());
            }
        }
        return message.toString();
    }
}
