package org.rebalance.core.data.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rebalance.core.data.DataException;
import org.rebalance.core.data.Location;

/**
 * The rows of a CSV file with a header line (plain or gzip-compressed, by the {@code .gz} suffix),
 * checked for shape: a missing or empty file, a repeated column name and a row whose length differs
 * from the header's each end in a {@link DataException} naming the file and row. Also computes the
 * SHA-256 of the file's bytes for provenance. Close it.
 */
public final class CsvRows implements AutoCloseable, Iterable<CsvRows.Row> {
    /** One data row: its 1-based number (the header is row 0) and its trimmed values. */
    public record Row(long number, String[] values) {
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .build();

    private final String file;
    private final DigestInputStream digest;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final Map<String, Integer> index = new HashMap<>();

    private CsvRows(String file, DigestInputStream digest, CSVParser parser) {
        this.file = file;
        this.digest = digest;
        this.parser = parser;
        this.records = parser.iterator();
        if (!records.hasNext()) {
            throw new DataException(Location.file(file), "the file is empty (expected a header line)");
        }
        this.header = new ArrayList<>();
        for (String name : next().values()) {
            if (name.isEmpty()) {
                throw new DataException(Location.row(file, 0), "the header has an empty column name at position "
                        + (header.size() + 1));
            }
            if (index.putIfAbsent(name, header.size()) != null) {
                throw new DataException(Location.row(file, 0), "column \"" + name + "\" appears twice in the header");
            }
            header.add(name);
        }
    }

    public static CsvRows open(Path path) {
        String file = path.toString();
        if (Files.isDirectory(path)) {
            throw new DataException(Location.file(file), "is a directory, not a CSV file");
        }
        InputStream in = null;
        try {
            in = Files.newInputStream(path);
            DigestInputStream digest = new DigestInputStream(new BufferedInputStream(in, 1 << 16), sha256());
            InputStream content = file.endsWith(".gz") ? new GZIPInputStream(digest, 1 << 16) : digest;
            Reader reader = new InputStreamReader(content, StandardCharsets.UTF_8);
            return new CsvRows(file, digest, CSVParser.parse(reader, FORMAT));
        } catch (NoSuchFileException e) {
            throw new DataException(Location.file(file), "file not found");
        } catch (java.util.zip.ZipException e) {
            closeQuietly(in);
            throw new DataException(Location.file(file), "not a gzip file (" + e.getMessage() + ")");
        } catch (IOException e) {
            closeQuietly(in);
            throw new DataException(Location.file(file), "cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    public String file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    /** Position of the column in the header, or -1. */
    public int indexOf(String column) {
        return index.getOrDefault(column, -1);
    }

    @Override
    public Iterator<Row> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return hasMore();
            }

            @Override
            public Row next() {
                Row row = CsvRows.this.next();
                if (row.values().length != header.size()) {
                    throw new DataException(Location.row(file, row.number()), "has " + row.values().length
                            + " values, the header has " + header.size());
                }
                return row;
            }
        };
    }

    private boolean hasMore() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new DataException(Location.file(file), "cannot parse: " + e.getMessage());
        }
    }

    private Row next() {
        CSVRecord r;
        try {
            r = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new DataException(Location.file(file), "cannot parse: " + e.getMessage());
        }
        String[] values = new String[r.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = r.get(i).trim();
        }
        return new Row(r.getRecordNumber() - 1, values);
    }

    /** SHA-256 (hex) of the file's bytes; call after every row was read. */
    public String sha256Hex() {
        try {
            byte[] rest = new byte[1 << 16];
            while (digest.read(rest) >= 0) {
                // drain what the parser did not need (e.g. trailing gzip bytes)
            }
        } catch (IOException e) {
            throw new DataException(Location.file(file), "cannot read: " + e.getMessage());
        }
        StringBuilder s = new StringBuilder();
        for (byte b : digest.getMessageDigest().digest()) {
            s.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
        }
        return s.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
