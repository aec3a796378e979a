package org.rebalance.core.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DataException;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.Location;
import org.rebalance.core.data.Origin;

/**
 * Reads a folder with one sub-folder per class of PNG or JPEG images ({@code .png}, {@code .jpg},
 * {@code .jpeg}, any case), like torchvision's ImageFolder. The classes are the sub-folder names in
 * sorted order; inside a class the files are read in sorted name order. Other files, hidden files
 * (name starting with a dot) and deeper folders are ignored. {@link #readFlat} reads a flat folder of
 * unlabelled images instead. Values are in [0, 1] (8-bit samples / 255, 16-bit / 65535); alpha is
 * dropped. All images must have one size. The origin is the folder, the SHA-256 over the bytes of the
 * images in reading order, and the number of images.
 */
public final class ImageFolderReader {
    private ImageFolderReader() {
    }

    /** All images under {@code folder} as one set, with {@code mode}'s channels; every image of the first one's size. */
    public static Dataset<ImageSet> read(Path folder, ColourMode mode) {
        return readClasses(folder, mode, null).dataset();
    }

    /**
     * The images of a class-folder tree with their relative paths; every image must have the height and width
     * of {@code expected} (null: of the first image read), and {@code mode} must give its channels.
     */
    public static FolderImages readClasses(Path folder, ColourMode mode, ImageShape expected) {
        String root = checkFolder(folder, "is a file, not a folder of class sub-folders");
        List<Path> classDirs = sorted(folder, true);
        if (classDirs.isEmpty()) {
            throw new DataException(Location.file(root), "has no class sub-folders");
        }
        List<String> names = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Path dir : classDirs) {
            names.add(dir.getFileName().toString());
            for (Path file : sorted(dir, false)) {
                files.add(file);
                labels.add(names.size() - 1);
            }
        }
        if (files.isEmpty()) {
            throw new DataException(Location.file(root), "has no PNG or JPEG images in its class sub-folders");
        }
        ClassTarget target = new ClassTarget(labels.stream().mapToInt(Integer::intValue).toArray(), ClassNames.of(names));
        return decode(folder, files, target, mode, expected);
    }

    /**
     * The PNG and JPEG images directly inside {@code folder} (sub-folders are ignored), unlabelled, with their
     * file names; sizes are checked as by {@link #readClasses}.
     */
    public static FolderImages readFlat(Path folder, ColourMode mode, ImageShape expected) {
        String root = checkFolder(folder, "is a file, not a folder of images");
        List<Path> files = sorted(folder, false);
        if (files.isEmpty()) {
            throw new DataException(Location.file(root), "has no PNG or JPEG images");
        }
        return decode(folder, files, null, mode, expected);
    }

    /** True when {@code folder} holds PNG or JPEG files itself, not only in sub-folders. */
    public static boolean holdsImages(Path folder) {
        return Files.isDirectory(folder) && !sorted(folder, false).isEmpty();
    }

    private static String checkFolder(Path folder, String notAFolder) {
        String root = folder.toString();
        if (!Files.exists(folder)) {
            throw new DataException(Location.file(root), "folder not found");
        }
        if (!Files.isDirectory(folder)) {
            throw new DataException(Location.file(root), notAFolder);
        }
        return root;
    }

    private static FolderImages decode(Path folder, List<Path> files, ClassTarget labels, ColourMode mode,
            ImageShape expected) {
        if (expected != null && expected.channels() != mode.channels()) {
            throw new IllegalArgumentException(mode + " gives " + mode.channels() + " channels, not " + expected.channels());
        }
        List<float[]> pixels = new ArrayList<>();
        List<String> relative = new ArrayList<>();
        MessageDigest digest = sha256();
        int height = expected == null ? -1 : expected.height();
        int width = expected == null ? -1 : expected.width();
        String first = null;
        for (Path file : files) {
            String where = file.toString();
            byte[] bytes;
            BufferedImage img;
            try {
                bytes = Files.readAllBytes(file);
                img = ImageIO.read(new ByteArrayInputStream(bytes));
            } catch (IOException | RuntimeException e) {
                throw new DataException(Location.file(where), "cannot read the image: " + e.getMessage());
            }
            if (img == null) {
                throw new DataException(Location.file(where), "is not a readable PNG or JPEG image");
            }
            if (height < 0) {
                first = where;
                height = img.getHeight();
                width = img.getWidth();
            } else if (img.getHeight() != height || img.getWidth() != width) {
                String size = "is " + img.getWidth() + " x " + img.getHeight() + " pixels (width x height)";
                throw new DataException(Location.file(where), first == null ? size + ", expected " + width + " x "
                        + height : size + " but the first image, " + first + ", is " + width + " x " + height);
            }
            digest.update(bytes);
            pixels.add(channels(img, mode));
            relative.add(folder.relativize(file).toString().replace(java.io.File.separatorChar, '/'));
        }
        int per = mode.channels() * height * width;
        float[] data = new float[pixels.size() * per];
        for (int i = 0; i < pixels.size(); i++) {
            System.arraycopy(pixels.get(i), 0, data, i * per, per);
        }
        ImageSet set = ImageSet.wrap(data, pixels.size(), mode.channels(), height, width);
        return new FolderImages(set, relative, labels, new Origin(folder.toString(), hex(digest.digest()), set.size()));
    }

    /** CHW values of one picture in the given mode. */
    static float[] channels(BufferedImage img, ColourMode mode) {
        int h = img.getHeight();
        int w = img.getWidth();
        int plane = h * w;
        float[] out = new float[mode.channels() * plane];
        ColorModel cm = img.getColorModel();
        if (cm.getColorSpace().getType() == ColorSpace.TYPE_GRAY && cm.getNumColorComponents() == 1) {
            // grey samples as stored: getRGB would pass them through a gamma conversion
            Raster raster = img.getRaster();
            float max = (float) ((1L << cm.getComponentSize(0)) - 1);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    float g = raster.getSample(x, y, 0) / max;
                    for (int c = 0; c < mode.channels(); c++) {
                        out[c * plane + y * w + x] = g;
                    }
                }
            }
            return out;
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = img.getRGB(x, y);
                float r = ((argb >> 16) & 0xFF) / 255f;
                float g = ((argb >> 8) & 0xFF) / 255f;
                float b = (argb & 0xFF) / 255f;
                if (mode == ColourMode.GRAY) {
                    out[y * w + x] = 0.299f * r + 0.587f * g + 0.114f * b;
                } else {
                    out[y * w + x] = r;
                    out[plane + y * w + x] = g;
                    out[2 * plane + y * w + x] = b;
                }
            }
        }
        return out;
    }

    private static List<Path> sorted(Path dir, boolean folders) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> folders ? Files.isDirectory(p) : Files.isRegularFile(p) && isImage(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new DataException(Location.file(dir.toString()), "cannot list the folder: " + e.getMessage());
        }
    }

    private static boolean isImage(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
        }
        return s.toString();
    }
}
