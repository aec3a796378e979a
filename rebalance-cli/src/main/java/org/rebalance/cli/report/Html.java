package org.rebalance.cli.report;

import java.util.Base64;

/** Small pieces shared by the self-contained HTML reports: escaping, the style sheet, inlined PNGs. */
public final class Html {
    /** The reports' style sheet: readable tables, a highlighted verdict. */
    public static final String STYLE = "<style>body{font-family:sans-serif;margin:2em;max-width:60em}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}"
            + "th{background:#f3f3f3}td:first-child{text-align:left}.verdict{font-size:1.2em;background:#eef6ee;"
            + "padding:1em}pre{background:#f7f7f7;padding:1em}</style>";

    private Html() {
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Appends an {@code img} element with the PNG inlined as a data URI (no file needed to view it). */
    public static void image(StringBuilder h, String title, byte[] png) {
        h.append("<img alt=\"").append(escape(title)).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\">");
    }
}
