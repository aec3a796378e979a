package org.rebalance.core.image;

/** How {@link ImageFolderReader} turns a picture into channels. */
public enum ColourMode {
    /** One channel: the grey level of a grey image, or the luminance 0.299 R + 0.587 G + 0.114 B of a colour one. */
    GRAY,
    /** Three channels R, G, B (a grey image repeats its grey level in all three). */
    RGB;

    /** Number of channels this mode gives. */
    public int channels() {
        return this == GRAY ? 1 : 3;
    }

    /** The mode named {@code text}: gray (or grey) or rgb. */
    public static ColourMode parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("gray") || t.equals("grey")) {
            return GRAY;
        }
        if (t.equals("rgb")) {
            return RGB;
        }
        throw new org.rebalance.core.ConfigException("colour must be gray or rgb, got \"" + text + "\"");
    }
}
