package org.rebalance.cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DataException;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.Location;
import org.rebalance.core.image.ColourMode;
import org.rebalance.core.image.FolderImages;
import org.rebalance.core.image.IdxReader;
import org.rebalance.core.image.ImageFolderReader;
import org.rebalance.core.image.ImageSet;
import org.rebalance.core.image.ImageShape;

/**
 * Images for a saved model to score, read from any form {@code predict} and {@code evaluate} take: an IDX
 * images file; a folder of MNIST IDX files (its {@code t10k} test part); a folder with {@code train/} and
 * {@code test/} class folders (its {@code test/} part); a class-folder tree; or a flat folder of unlabelled
 * PNG/JPEG images. Pictures are read in the model's colour mode, and an image of another size (or an IDX file
 * of other channels) is a {@link DataException} naming the file.
 *
 * @param images the pixels in [0, 1], not yet normalised
 * @param ids per image: its path relative to the path given ({@code /}-separated), or its 1-based item number
 *     in an IDX file
 * @param labels per image, indexed by the model's classes; null when the labels were not asked for
 * @param source the file or folder read
 */
public record ImagesToScore(ImageSet images, List<String> ids, ClassTarget labels, Path source) {
    public ImagesToScore {
        ids = List.copyOf(ids);
    }

    /**
     * Reads {@code path} for a model of images of {@code shape} read in {@code colour}.
     *
     * @param classes the model's classes, to read the labels by (a class it does not know is a
     *     {@link DataException}); null to ignore labels
     */
    public static ImagesToScore read(Path path, ImageShape shape, ColourMode colour, ClassNames classes) {
        if (!Files.exists(path)) {
            throw new DataException(Location.file(path.toString()), "not found");
        }
        if (Files.isRegularFile(path)) {
            return idx(path, idxLabels(path, classes), shape, classes);
        }
        if (ImageData.find(path, ImageData.TEST_IMAGES) != null || ImageData.find(path, ImageData.TRAIN_IMAGES) != null) {
            Path images = ImageData.required(path, ImageData.TEST_IMAGES);
            return idx(images, classes == null ? null : ImageData.required(path, ImageData.TEST_LABELS), shape, classes);
        }
        if (Files.isDirectory(path.resolve("train")) && Files.isDirectory(path.resolve("test"))) {
            return tree(path, "test", shape, colour, classes);
        }
        if (ImageFolderReader.holdsImages(path)) {
            if (classes != null) {
                throw new DataException(Location.file(path.toString()), "holds images without classes; labelled "
                        + "images need one sub-folder per class (or IDX files)");
            }
            FolderImages flat = ImageFolderReader.readFlat(path, colour, shape);
            return new ImagesToScore(flat.images(), flat.files(), null, path);
        }
        return tree(path, "", shape, colour, classes);
    }

    /** The labels file beside an IDX images file ({@code ...-images-idx3-...} to {@code ...-labels-idx1-...}). */
    private static Path idxLabels(Path images, ClassNames classes) {
        if (classes == null) {
            return null;
        }
        String name = images.getFileName().toString();
        String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        Path folder = images.getParent() == null ? Path.of("") : images.getParent();
        Path labels = base.contains("images-idx3") ? ImageData.find(folder, base.replace("images-idx3", "labels-idx1"))
                : null;
        if (labels == null) {
            throw new DataException(Location.file(images.toString()), "has no labels file beside it (for "
                    + "xxx-images-idx3-ubyte, xxx-labels-idx1-ubyte[.gz]); give its folder or a class-folder tree");
        }
        return labels;
    }

    private static ImagesToScore idx(Path images, Path labels, ImageShape shape, ClassNames classes) {
        ImageSet set;
        ClassTarget target = null;
        if (labels == null) {
            set = IdxReader.readImages(images);
        } else {
            Dataset<ImageSet> d = IdxReader.read(images, labels, classes);
            set = d.inputs();
            target = d.classTarget();
        }
        if (!ImageShape.of(set).equals(shape)) {
            throw new DataException(Location.file(images.toString()), "has images of " + ImageShape.of(set)
                    + " (channels x height x width); the model takes " + shape);
        }
        List<String> ids = IntStream.rangeClosed(1, set.size()).mapToObj(Integer::toString).toList();
        return new ImagesToScore(set, ids, target, images);
    }

    private static ImagesToScore tree(Path path, String sub, ImageShape shape, ColourMode colour,
            ClassNames classes) {
        Path folder = sub.isEmpty() ? path : path.resolve(sub);
        FolderImages read = ImageFolderReader.readClasses(folder, colour, shape);
        List<String> ids = sub.isEmpty() ? read.files() : read.files().stream().map(f -> sub + "/" + f).toList();
        return new ImagesToScore(read.images(), ids, classes == null ? null : aligned(read, folder, classes), path);
    }

    /** The folder's labels indexed by the model's classes; a class folder the model does not know is an error. */
    private static ClassTarget aligned(FolderImages read, Path folder, ClassNames classes) {
        ClassNames own = read.labels().classes();
        return read.labels().reindexed(classes, c -> LoadedModel.unknownClass(
                Location.file(folder.resolve(own.name(c)).toString()), own.name(c), classes));
    }
}
