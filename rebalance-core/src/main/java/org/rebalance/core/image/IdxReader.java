package org.rebalance.core.image;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DataException;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.Location;
import org.rebalance.core.data.Origin;

/**
 * Reads an MNIST-style pair of IDX files: images (magic {@code 0x00000803}, then item count, rows
 * and columns as big-endian 32-bit integers, then unsigned bytes) and labels (magic
 * {@code 0x00000801}, item count, one unsigned byte each). Either file may be gzip-compressed,
 * recognised by its first two bytes, not by its name. Pixels become floats {@code byte / 255} in
 * [0, 1], one channel. A label's class name is its decimal value. The origin is the images file, the
 * SHA-256 of its bytes as stored and its number of images. A wrong magic number, a truncated file,
 * trailing bytes or differing item counts end in a {@link DataException} naming the file; where one
 * label is at fault, its 1-based item number is the location's row.
 */
public final class IdxReader {
    /** Magic number of an IDX file of unsigned-byte images (3 dimensions). */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** Magic number of an IDX file of unsigned-byte labels (1 dimension). */
    public static final int LABELS_MAGIC = 0x00000801;

    private IdxReader() {
    }

    /** Images and labels; the classes are the distinct label values present, in ascending order. */
    public static Dataset<ImageSet> read(Path images, Path labels) {
        return read(images, labels, null);
    }

    /**
     * Images and labels with the given classes (for a test set whose labels may not cover every
     * class: pass the training set's classes). A label whose decimal value is not a class name is an
     * error.
     */
    public static Dataset<ImageSet> read(Path images, Path labels, ClassNames classes) {
        Content img = load(images);
        ImageSet set = images(img);
        Content lab = load(labels);
        int[] raw = labels(lab);
        if (raw.length != set.size()) {
            throw new DataException(Location.file(lab.file), "has " + raw.length + " labels but " + img.file
                    + " has " + set.size() + " images");
        }
        ClassNames names = classes != null ? classes : present(raw);
        int[] y = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            y[i] = names.indexOf(Integer.toString(raw[i]));
            if (y[i] < 0) {
                throw new DataException(Location.row(lab.file, i + 1), "label " + raw[i]
                        + " is not one of the classes " + names.names());
            }
        }
        return new Dataset<>(set, new ClassTarget(y, names), new Origin(img.file, img.sha256, set.size()));
    }

    /** The images of one IDX images file. */
    public static ImageSet readImages(Path images) {
        return images(load(images));
    }

    /** The raw label values (0–255) of one IDX labels file. */
    public static int[] readLabels(Path labels) {
        return labels(load(labels));
    }

    private static ImageSet images(Content in) {
        magic(in, IMAGES_MAGIC, "images");
        header(in, 16);
        int n = in.intAt(4);
        int rows = in.intAt(8);
        int cols = in.intAt(12);
        if (n < 0 || rows < 1 || cols < 1) {
            throw new DataException(Location.file(in.file), "bad header: " + n + " images of " + rows + " x "
                    + cols);
        }
        long expected = (long) n * rows * cols;
        if (expected > Integer.MAX_VALUE - 16) {
            throw new DataException(Location.file(in.file), "too large: " + n + " images of " + rows + " x "
                    + cols);
        }
        body(in, 16, expected, n + " images of " + rows + " x " + cols);
        float[] v = new float[(int) expected];
        for (int i = 0; i < v.length; i++) {
            v[i] = (in.bytes[16 + i] & 0xFF) / 255f;
        }
        return ImageSet.wrap(v, n, 1, rows, cols);
    }

    private static int[] labels(Content in) {
        magic(in, LABELS_MAGIC, "labels");
        header(in, 8);
        int n = in.intAt(4);
        if (n < 0) {
            throw new DataException(Location.file(in.file), "bad header: " + n + " labels");
        }
        body(in, 8, n, n + " labels");
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = in.bytes[8 + i] & 0xFF;
        }
        return y;
    }

    private static void magic(Content in, int want, String what) {
        if (in.bytes.length < 4) {
            throw new DataException(Location.file(in.file), "truncated: " + in.bytes.length
                    + " bytes, too short for an IDX magic number");
        }
        int got = in.intAt(0);
        if (got != want) {
            String hint = got == IMAGES_MAGIC ? " (an IDX images file)"
                    : got == LABELS_MAGIC ? " (an IDX labels file)" : "";
            throw new DataException(Location.file(in.file), String.format(Locale.ROOT,
                    "magic number 0x%08X%s, expected 0x%08X for IDX %s", got, hint, want, what));
        }
    }

    private static void header(Content in, int size) {
        if (in.bytes.length < size) {
            throw new DataException(Location.file(in.file), "truncated: the header needs " + size
                    + " bytes, the file has " + in.bytes.length);
        }
    }

    private static void body(Content in, int headerSize, long expected, String what) {
        long have = in.bytes.length - headerSize;
        if (have < expected) {
            throw new DataException(Location.file(in.file), "truncated: the header announces " + what + " ("
                    + expected + " bytes) but " + have + " bytes follow");
        }
        if (have > expected) {
            throw new DataException(Location.file(in.file), (have - expected) + " bytes after the " + what
                    + " the header announces");
        }
    }

    private static ClassNames present(int[] raw) {
        boolean[] seen = new boolean[256];
        for (int v : raw) {
            seen[v] = true;
        }
        List<String> names = new ArrayList<>();
        for (int v = 0; v < seen.length; v++) {
            if (seen[v]) {
                names.add(Integer.toString(v));
            }
        }
        return ClassNames.of(names);
    }

    /** A file's content (gunzipped if needed) and the SHA-256 of its bytes as stored. */
    private record Content(String file, byte[] bytes, String sha256) {
        int intAt(int pos) {
            return ((bytes[pos] & 0xFF) << 24) | ((bytes[pos + 1] & 0xFF) << 16) | ((bytes[pos + 2] & 0xFF) << 8)
                    | (bytes[pos + 3] & 0xFF);
        }
    }

    private static Content load(Path path) {
        String file = path.toString();
        if (Files.isDirectory(path)) {
            throw new DataException(Location.file(file), "is a directory, not an IDX file");
        }
        byte[] stored;
        try {
            stored = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new DataException(Location.file(file), "file not found");
        } catch (IOException e) {
            throw new DataException(Location.file(file), "cannot read: " + e.getMessage());
        }
        byte[] content = stored;
        if (stored.length >= 2 && (stored[0] & 0xFF) == 0x1F && (stored[1] & 0xFF) == 0x8B) {
            try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(stored), 1 << 16)) {
                content = gz.readAllBytes();
            } catch (EOFException e) {
                throw new DataException(Location.file(file), "truncated: the gzip stream ends early");
            } catch (ZipException e) {
                throw new DataException(Location.file(file), "corrupt gzip data (" + e.getMessage() + ")");
            } catch (IOException e) {
                throw new DataException(Location.file(file), "cannot decompress: " + e.getMessage());
            }
        }
        return new Content(file, content, sha256Hex(stored));
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            StringBuilder s = new StringBuilder();
            for (byte b : MessageDigest.getInstance("SHA-256").digest(bytes)) {
                s.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
            }
            return s.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
