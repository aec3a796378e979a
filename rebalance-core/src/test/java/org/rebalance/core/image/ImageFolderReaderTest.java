package org.rebalance.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebalance.core.data.DataException;
import org.rebalance.core.data.Dataset;

class ImageFolderReaderTest {
    @TempDir
    Path dir;

    /** A grey PNG whose 8-bit samples are given row by row. */
    private Path grey(String cls, String name, int w, int... samples) throws IOException {
        int h = samples.length / w;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < samples.length; i++) {
            img.getRaster().setSample(i % w, i / w, 0, samples[i]);
        }
        return save(img, cls, name, "png");
    }

    /** A colour image whose pixels are given as 0xRRGGBB row by row. */
    private Path colour(String cls, String name, String format, int w, int... rgb) throws IOException {
        int h = rgb.length / w;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < rgb.length; i++) {
            img.setRGB(i % w, i / w, rgb[i]);
        }
        return save(img, cls, name, format);
    }

    private Path save(BufferedImage img, String cls, String name, String format) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(cls));
        Path file = folder.resolve(name);
        if (!ImageIO.write(img, format, file.toFile())) {
            throw new IOException("no writer for " + format);
        }
        return file;
    }

    @Test
    void classesAreSortedSubFoldersAndGreySamplesAreKept() throws IOException {
        grey("zebra", "b.png", 2, 0, 51, 102, 255);
        grey("zebra", "a.png", 2, 255, 255, 255, 255);
        grey("ant", "only.png", 2, 10, 20, 30, 40);
        Files.writeString(dir.resolve("zebra").resolve("notes.txt"), "not an image");
        Files.writeString(dir.resolve("README"), "ignored: not a folder");
        Dataset<ImageSet> d = ImageFolderReader.read(dir, ColourMode.GRAY);
        assertEquals(List.of("ant", "zebra"), d.classTarget().classes().names());
        assertArrayEquals(new int[] {0, 1, 1}, d.classTarget().labels()); // ant/only, zebra/a, zebra/b
        ImageSet x = d.inputs();
        assertEquals(1, x.channels());
        assertEquals(2, x.height());
        assertEquals(2, x.width());
        assertArrayEquals(new float[] {10 / 255f, 20 / 255f, 30 / 255f, 40 / 255f}, x.image(0));
        assertArrayEquals(new float[] {1, 1, 1, 1}, x.image(1));
        assertArrayEquals(new float[] {0, 0.2f, 0.4f, 1}, x.image(2)); // 51 / 255 = 0.2, 102 / 255 = 0.4
        assertEquals(dir.toString(), d.origin().file());
        assertEquals(3, d.origin().rows());

        ImageSet rgb = ImageFolderReader.read(dir, ColourMode.RGB).inputs();
        assertEquals(3, rgb.channels());
        assertArrayEquals(new float[] {0, 0.2f, 0.4f, 1, 0, 0.2f, 0.4f, 1, 0, 0.2f, 0.4f, 1}, rgb.image(2));
    }

    @Test
    void colourPixelsGiveChannelsOrLuminance() throws IOException {
        // 1 x 2: pure red, then (255, 102, 51)
        colour("a", "x.png", "png", 2, 0xFF0000, 0xFF6633);
        ImageSet rgb = ImageFolderReader.read(dir, ColourMode.RGB).inputs();
        // CHW: R plane (1, 1), G plane (0, 0.4), B plane (0, 0.2)
        assertArrayEquals(new float[] {1, 1, 0, 0.4f, 0, 0.2f}, rgb.image(0), 1e-7f);
        ImageSet grey = ImageFolderReader.read(dir, ColourMode.GRAY).inputs();
        // 0.299 * 1 = 0.299; 0.299 * 1 + 0.587 * 0.4 + 0.114 * 0.2 = 0.299 + 0.2348 + 0.0228 = 0.5566
        assertArrayEquals(new float[] {0.299f, 0.5566f}, grey.image(0), 1e-6f);
    }

    @Test
    void readsJpeg() throws IOException {
        int[] flat = new int[16];
        java.util.Arrays.fill(flat, 0x808080);
        colour("a", "p.jpg", "jpg", 4, flat);
        ImageSet x = ImageFolderReader.read(dir, ColourMode.GRAY).inputs();
        assertEquals(4, x.width());
        assertEquals(4, x.height());
        for (float v : x.toFloatArray()) {
            assertEquals(128 / 255f, v, 2 / 255f); // lossy, but a flat grey stays close to 0x80
        }
    }

    @Test
    void aDifferentSizeNamesTheFileAndBothSizes() throws IOException {
        Path first = grey("a", "1.png", 2, 0, 0, 0, 0);
        Path odd = grey("b", "1.png", 3, 0, 0, 0, 0, 0, 0);
        DataException e = assertThrows(DataException.class, () -> ImageFolderReader.read(dir, ColourMode.GRAY));
        assertEquals(odd + ": is 3 x 2 pixels (width x height) but the first image, " + first + ", is 2 x 2",
                e.getMessage());
    }

    @Test
    void classTreesKeepEachImagesPathAndCanRequireASize() throws IOException {
        grey("b", "2.png", 2, 0, 0, 0, 0);
        grey("a", "1.png", 2, 255, 0, 0, 0);
        FolderImages read = ImageFolderReader.readClasses(dir, ColourMode.GRAY, new ImageShape(1, 2, 2));
        assertEquals(List.of("a/1.png", "b/2.png"), read.files());
        assertTrue(read.labelled());
        assertArrayEquals(new int[] {0, 1}, read.labels().labels());
        Dataset<ImageSet> whole = ImageFolderReader.read(dir, ColourMode.GRAY);
        assertArrayEquals(whole.inputs().toFloatArray(), read.dataset().inputs().toFloatArray());
        assertEquals(whole.origin(), read.origin());
        DataException e = assertThrows(DataException.class,
                () -> ImageFolderReader.readClasses(dir, ColourMode.GRAY, new ImageShape(1, 3, 2)));
        assertEquals(dir.resolve("a").resolve("1.png") + ": is 2 x 2 pixels (width x height), expected 2 x 3",
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ImageFolderReader.readClasses(dir, ColourMode.RGB, new ImageShape(1, 2, 2)));
    }

    @Test
    void flatFoldersHoldUnlabelledImagesInNameOrder() throws IOException {
        assertFalse(ImageFolderReader.holdsImages(dir));
        grey(".", "z.png", 2, 1, 2, 3, 4);
        grey(".", "m.PNG", 2, 5, 6, 7, 8);
        grey("sub", "ignored.png", 3, 0, 0, 0, 0, 0, 0);
        Files.writeString(dir.resolve("notes.txt"), "not an image");
        assertTrue(ImageFolderReader.holdsImages(dir));
        FolderImages flat = ImageFolderReader.readFlat(dir, ColourMode.RGB, null);
        assertFalse(flat.labelled());
        assertEquals(List.of("m.PNG", "z.png"), flat.files());
        assertEquals(3, flat.images().channels());
        assertEquals(5 / 255f, flat.images().get(0, 2, 0, 0));
        assertEquals(2, flat.origin().rows());
        assertThrows(IllegalStateException.class, flat::dataset);
        Path odd = grey(".", "n.png", 3, 0, 0, 0, 0, 0, 0).normalize();
        assertEquals(odd + ": is 3 x 2 pixels (width x height), expected 2 x 2", assertThrows(DataException.class,
                () -> ImageFolderReader.readFlat(dir, ColourMode.GRAY, new ImageShape(1, 2, 2))).getMessage());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(empty + ": has no PNG or JPEG images",
                assertThrows(DataException.class, () -> ImageFolderReader.readFlat(empty, ColourMode.GRAY, null))
                        .getMessage());
    }

    @Test
    void anUnreadableFileIsNamed() throws IOException {
        grey("a", "1.png", 2, 0, 0, 0, 0);
        Path bad = Files.writeString(dir.resolve("a").resolve("2.png"), "this is not a PNG");
        assertEquals(bad + ": is not a readable PNG or JPEG image",
                assertThrows(DataException.class, () -> ImageFolderReader.read(dir, ColourMode.GRAY)).getMessage());
    }

    @Test
    void emptyOrMissingFoldersAreReported() throws IOException {
        assertEquals(dir + ": has no class sub-folders",
                assertThrows(DataException.class, () -> ImageFolderReader.read(dir, ColourMode.RGB)).getMessage());
        Files.createDirectories(dir.resolve("a"));
        assertEquals(dir + ": has no PNG or JPEG images in its class sub-folders",
                assertThrows(DataException.class, () -> ImageFolderReader.read(dir, ColourMode.RGB)).getMessage());
        Path missing = dir.resolve("none");
        assertEquals(missing + ": folder not found",
                assertThrows(DataException.class, () -> ImageFolderReader.read(missing, ColourMode.RGB)).getMessage());
    }
}
