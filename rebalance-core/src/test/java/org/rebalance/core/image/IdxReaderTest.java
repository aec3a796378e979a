package org.rebalance.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.DataException;
import org.rebalance.core.data.Dataset;

class IdxReaderTest {
    @TempDir
    Path dir;

    /** IDX images: magic 0x803, n, rows, cols, then the pixel bytes. */
    static byte[] images(int n, int rows, int cols, int... pixels) {
        ByteBuffer b = ByteBuffer.allocate(16 + pixels.length);
        b.putInt(0x803).putInt(n).putInt(rows).putInt(cols);
        for (int p : pixels) {
            b.put((byte) p);
        }
        return b.array();
    }

    /** IDX labels: magic 0x801, n, then one byte each. */
    static byte[] labels(int... values) {
        ByteBuffer b = ByteBuffer.allocate(8 + values.length);
        b.putInt(0x801).putInt(values.length);
        for (int v : values) {
            b.put((byte) v);
        }
        return b.array();
    }

    static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Three 2 x 2 images: pixel bytes 0, 255, 51, 102 / 1, 2, 3, 4 / 200, 0, 0, 10. */
    private static byte[] threeImages() {
        return images(3, 2, 2, 0, 255, 51, 102, 1, 2, 3, 4, 200, 0, 0, 10);
    }

    @Test
    void readsPlainFilesWithPixelsOver255AndClassesPresent() throws IOException {
        Dataset<ImageSet> d = IdxReader.read(write("img", threeImages()), write("lab", labels(7, 3, 7)));
        ImageSet x = d.inputs();
        assertEquals(3, x.size());
        assertEquals(1, x.channels());
        assertEquals(2, x.height());
        assertEquals(2, x.width());
        // row-major: image 0 row 0 = (0, 255), row 1 = (51, 102); 51 / 255 = 0.2, 102 / 255 = 0.4
        assertArrayEquals(new float[] {0f, 1f, 0.2f, 0.4f}, x.image(0), 1e-7f);
        assertEquals(200 / 255f, x.get(2, 0, 0, 0));
        assertEquals(10 / 255f, x.get(2, 0, 1, 1));
        assertEquals(List.of("3", "7"), d.classTarget().classes().names()); // distinct values, ascending
        assertArrayEquals(new int[] {1, 0, 1}, d.classTarget().labels());
        assertEquals(dir.resolve("img").toString(), d.origin().file());
        assertEquals(3, d.origin().rows());
        assertEquals(64, d.origin().sha256().length());
    }

    @Test
    void detectsGzipByItsMagicBytesNotItsName() throws IOException {
        // gzip content under a plain name, plain content under a .gz name
        Path img = write("images.idx", gzip(threeImages()));
        Path lab = write("labels.gz", labels(7, 3, 7));
        Dataset<ImageSet> gz = IdxReader.read(img, lab);
        Dataset<ImageSet> plain = IdxReader.read(write("img", threeImages()), write("lab", gzip(labels(7, 3, 7))));
        assertArrayEquals(plain.inputs().toFloatArray(), gz.inputs().toFloatArray());
        assertArrayEquals(plain.classTarget().labels(), gz.classTarget().labels());
        assertTrue(!plain.origin().sha256().equals(gz.origin().sha256()), "the hash is of the bytes as stored");
    }

    @Test
    void givenClassesKeepEveryClassAndRejectOthers() throws IOException {
        ClassNames digits = ClassNames.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        Path lab = write("lab", labels(7, 3, 7));
        Dataset<ImageSet> d = IdxReader.read(write("img", threeImages()), lab, digits);
        assertEquals(10, d.classTarget().classCount());
        assertArrayEquals(new int[] {7, 3, 7}, d.classTarget().labels());
        DataException e = assertThrows(DataException.class,
                () -> IdxReader.read(write("img", threeImages()), lab, ClassNames.of("3", "8")));
        assertEquals(lab + ", row 1: label 7 is not one of the classes [3, 8]", e.getMessage());
    }

    @Test
    void wrongMagicNamesTheFileAndBothNumbers() throws IOException {
        Path lab = write("lab", labels(1, 2, 3));
        DataException e = assertThrows(DataException.class, () -> IdxReader.read(lab, lab));
        assertEquals(lab + ": magic number 0x00000801 (an IDX labels file), expected 0x00000803 for IDX images",
                e.getMessage());
        Path junk = write("junk", new byte[] {0x12, 0x34, 0x56, 0x78, 0, 0, 0, 0});
        assertEquals(junk + ": magic number 0x12345678, expected 0x00000801 for IDX labels",
                assertThrows(DataException.class, () -> IdxReader.readLabels(junk)).getMessage());
    }

    @Test
    void truncatedFilesAreReported() throws IOException {
        byte[] full = threeImages();
        Path shortBody = write("short", Arrays.copyOf(full, full.length - 2));
        assertEquals(shortBody + ": truncated: the header announces 3 images of 2 x 2 (12 bytes) but 10 bytes follow",
                assertThrows(DataException.class, () -> IdxReader.readImages(shortBody)).getMessage());
        Path shortHeader = write("header", Arrays.copyOf(full, 10));
        assertEquals(shortHeader + ": truncated: the header needs 16 bytes, the file has 10",
                assertThrows(DataException.class, () -> IdxReader.readImages(shortHeader)).getMessage());
        Path tiny = write("tiny", new byte[] {0, 0});
        assertEquals(tiny + ": truncated: 2 bytes, too short for an IDX magic number",
                assertThrows(DataException.class, () -> IdxReader.readImages(tiny)).getMessage());
        byte[] gz = gzip(full);
        Path cutGzip = write("cut.gz", Arrays.copyOf(gz, gz.length - 12));
        assertEquals(cutGzip + ": truncated: the gzip stream ends early",
                assertThrows(DataException.class, () -> IdxReader.readImages(cutGzip)).getMessage());
        Path extra = write("extra", Arrays.copyOf(full, full.length + 3));
        assertEquals(extra + ": 3 bytes after the 3 images of 2 x 2 the header announces",
                assertThrows(DataException.class, () -> IdxReader.readImages(extra)).getMessage());
    }

    @Test
    void countMismatchNamesTheLabelsFile() throws IOException {
        Path img = write("img", threeImages());
        Path lab = write("lab", labels(1, 2));
        assertEquals(lab + ": has 2 labels but " + img + " has 3 images",
                assertThrows(DataException.class, () -> IdxReader.read(img, lab)).getMessage());
        Path missing = dir.resolve("nothing");
        assertEquals(missing + ": file not found",
                assertThrows(DataException.class, () -> IdxReader.read(missing, lab)).getMessage());
    }
}
