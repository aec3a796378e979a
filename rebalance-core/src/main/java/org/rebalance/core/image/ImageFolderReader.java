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
 * (name starting with a dot) and deeper folders are ignored. Values are in [0, 1] (8-bit samples
 * / 255, 16-bit / 65535); alpha is dropped. All images must have one size. The origin is the folder,
 * the SHA-256 over the bytes of the images in reading order, and the number of images.
 */
public final class ImageFolderReader {
    private ImageFolderReader() {
    }

    /** All images under {@code folder} as one set, with {@code mode}'s channels. */
    public static Dataset<ImageSet> read(Path folder, ColourMode mode) {
        String root = folder.toString();
        if (!Files.exists(folder)) {
            throw new DataException(Location.file(root), "folder not found");
        }
        if (!Files.isDirectory(folder)) {
            throw new DataException(Location.file(root), "is a file, not a folder of class sub-folders");
        }
        List<Path> classDirs = sorted(folder, true);
        if (classDirs.isEmpty()) {
            throw new DataException(Location.file(root), "has no class sub-folders");
        }
        List<String> names = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<float[]> pixels = new ArrayList<>();
        MessageDigest digest = sha256();
        int height = -1;
        int width = -1;
        String first = null;
        for (Path dir : classDirs) {
            names.add(dir.getFileName().toString());
            for (Path file : sorted(dir, false)) {
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
                if (first == null) {
                    first = where;
                    height = img.getHeight();
                    width = img.getWidth();
                } else if (img.getHeight() != height || img.getWidth() != width) {
                    throw new DataException(Location.file(where), "is " + img.getWidth() + " x " + img.getHeight()
                            + " pixels (width x height) but the first image, " + first + ", is " + width + " x "
                            + height);
                }
                digest.update(bytes);
                pixels.add(channels(img, mode));
                labels.add(names.size() - 1);
            }
        }
        if (first == null) {
            throw new DataException(Location.file(root), "has no PNG or JPEG images in its class sub-folders");
        }
        int per = mode.channels() * height * width;
        float[] data = new float[pixels.size() * per];
        for (int i = 0; i < pixels.size(); i++) {
            System.arraycopy(pixels.get(i), 0, data, i * per, per);
        }
        ImageSet set = ImageSet.wrap(data, pixels.size(), mode.channels(), height, width);
        int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
        ClassTarget target = new ClassTarget(y, ClassNames.of(names));
        return new Dataset<>(set, target, new Origin(root, hex(digest.digest()), set.size()));
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
