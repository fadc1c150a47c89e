package gava.runtime;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Map;

/**
 * Linux errno numbers (amd64) for the file-descriptor layer ({@link Sys}), and the translation of
 * Java I/O exceptions into them. The JDK reports a failed system call as a
 * {@link FileSystemException} whose reason is the C library's {@code strerror} text, so the reason
 * is looked up first; the exception's class decides otherwise. Go's syscall package maps the numbers
 * back to its {@code Errno} values (same strings as gc).
 */
public final class Errno {
    private Errno() {}

    public static final int EPERM = 1, ENOENT = 2, ESRCH = 3, EINTR = 4, EIO = 5, EBADF = 9, ECHILD = 10,
        EAGAIN = 11, ENOMEM = 12, EACCES = 13, EBUSY = 16, EEXIST = 17, EXDEV = 18, ENOTDIR = 20,
        EISDIR = 21, EINVAL = 22, EMFILE = 24, ENOTTY = 25, EFBIG = 27, ENOSPC = 28, ESPIPE = 29,
        EROFS = 30, EMLINK = 31, EPIPE = 32, ERANGE = 34, ENAMETOOLONG = 36, ENOSYS = 38,
        ENOTEMPTY = 39, ELOOP = 40, ENOTSUP = 95;

    private static final Map<String, Integer> BY_REASON = Map.ofEntries(
        Map.entry("Operation not permitted", EPERM),
        Map.entry("No such file or directory", ENOENT),
        Map.entry("Input/output error", EIO),
        Map.entry("Bad file descriptor", EBADF),
        Map.entry("Permission denied", EACCES),
        Map.entry("Device or resource busy", EBUSY),
        Map.entry("File exists", EEXIST),
        Map.entry("Invalid cross-device link", EXDEV),
        Map.entry("Not a directory", ENOTDIR),
        Map.entry("Is a directory", EISDIR),
        Map.entry("Invalid argument", EINVAL),
        Map.entry("Too many open files", EMFILE),
        Map.entry("File too large", EFBIG),
        Map.entry("No space left on device", ENOSPC),
        Map.entry("Illegal seek", ESPIPE),
        Map.entry("Read-only file system", EROFS),
        Map.entry("Too many links", EMLINK),
        Map.entry("Broken pipe", EPIPE),
        Map.entry("File name too long", ENAMETOOLONG),
        Map.entry("Directory not empty", ENOTEMPTY),
        Map.entry("Too many levels of symbolic links", ELOOP),
        Map.entry("Operation not supported", ENOTSUP));

    /**
     * ENOENT, or ENOTDIR when a component of the path is an existing non-directory (the JDK reports
     * both as NoSuchFileException).
     */
    private static int notFound(String file) {
        if (file == null) return ENOENT;
        try {
            for (java.nio.file.Path q = java.nio.file.Path.of(file).getParent(); q != null; q = q.getParent()) {
                if (java.nio.file.Files.exists(q)) return java.nio.file.Files.isDirectory(q) ? ENOENT : ENOTDIR;
            }
        } catch (RuntimeException ex) {
            // an unusual path: keep ENOENT
        }
        return ENOENT;
    }

    /** The errno number a Java exception of a file operation stands for. */
    public static int of(Throwable e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            Integer n = BY_REASON.get(fse.getReason());
            if (n != null) return n;
            String r = fse.getReason();
            if (r.contains("Too many levels of symbolic links")) return ELOOP;
            if (r.contains("Not a directory")) return ENOTDIR;
            if (r.contains("Is a directory")) return EISDIR;
        }
        if (e instanceof NoSuchFileException nsf) return notFound(nsf.getFile());
        if (e instanceof FileAlreadyExistsException) return EEXIST;
        if (e instanceof AccessDeniedException) return EACCES;
        if (e instanceof DirectoryNotEmptyException) return ENOTEMPTY;
        if (e instanceof NotDirectoryException) return ENOTDIR;
        if (e instanceof NotLinkException) return EINVAL;
        if (e instanceof FileSystemLoopException) return ELOOP;
        if (e instanceof ClosedChannelException) return EBADF;
        if (e instanceof NonReadableChannelException || e instanceof NonWritableChannelException) return EBADF;
        if (e instanceof UnsupportedOperationException) return ENOTSUP;
        if (e instanceof java.nio.file.InvalidPathException) return ENOENT;
        if (e instanceof IllegalArgumentException) return EINVAL;
        if (e instanceof IOException io && io.getMessage() != null) {
            String m = io.getMessage();
            if (m.contains("Broken pipe")) return EPIPE;
            if (m.contains("Is a directory")) return EISDIR;
            if (m.contains("No space left")) return ENOSPC;
        }
        return EIO;
    }
}
