package org.rebalance.core.image;

import java.util.List;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.Origin;

/**
 * Images read from a folder by {@link ImageFolderReader}, with each image's file path relative to that folder
 * ({@code /}-separated, e.g. {@code cat/001.png}), in reading order.
 *
 * @param images the pixels, in [0, 1]
 * @param files one relative path per image
 * @param labels the class of each image (its sub-folder), or null for a flat folder of unlabelled images
 * @param origin the folder, the SHA-256 over the images' bytes in reading order, and the number of images
 */
public record FolderImages(ImageSet images, List<String> files, ClassTarget labels, Origin origin) {
    public FolderImages {
        files = List.copyOf(files);
        if (files.size() != images.size() || (labels != null && labels.size() != images.size())) {
            throw new IllegalArgumentException(images.size() + " images need as many files and labels, got "
                    + files.size() + " and " + (labels == null ? "no" : labels.size()));
        }
    }

    /** True when every image has a class (it was read from a class sub-folder). */
    public boolean labelled() {
        return labels != null;
    }

    /** The labelled images as a data set; an {@link IllegalStateException} for unlabelled ones. */
    public Dataset<ImageSet> dataset() {
        if (labels == null) {
            throw new IllegalStateException(origin.file() + " holds unlabelled images");
        }
        return new Dataset<>(images, labels, origin);
    }
}
