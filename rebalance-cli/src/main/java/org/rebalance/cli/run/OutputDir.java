package org.rebalance.cli.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes a result directory all at once: files go into a hidden sibling temporary directory, which
 * replaces the target only when everything was written. A failure leaves no trace and leaves an
 * earlier result in place.
 */
public final class OutputDir implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private boolean committed;

    private OutputDir(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    public static OutputDir create(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
            Path temp = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
            return new OutputDir(absolute, temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output directory next to " + target, e);
        }
    }

    /** The temporary directory files are written into until {@link #commit()}. */
    public Path directory() {
        return temp;
    }

    /** Where to write a file of this name (inside the temporary directory). */
    public Path resolve(String name) {
        return temp.resolve(name);
    }

    /** Moves the finished directory into place, replacing an earlier one. */
    public void commit() {
        try {
            if (Files.exists(target)) {
                Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(old);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            } else {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move results into " + target, e);
        }
    }

    /** Deletes the temporary directory unless {@link #commit()} succeeded. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(temp);
            } catch (IOException e) {
                // nothing more can be done; the directory is hidden and marked partial
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
