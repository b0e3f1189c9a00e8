package org.inspectorbench.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Reads a bundle's entries and writes crafted variants of it (tests of refusals). */
final class Zips {

    /** One entry: name and bytes; {@code stored} for the STORED method. */
    record Item(String name, byte[] bytes, boolean stored) {
        Item with(byte[] b) {
            return new Item(name, b, stored);
        }
    }

    private Zips() {
    }

    static List<Item> read(Path zip) throws IOException {
        List<Item> out = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> all = z.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                try (InputStream in = z.getInputStream(e)) {
                    out.add(new Item(e.getName(), in.readAllBytes(), e.getMethod() == ZipEntry.STORED));
                }
            }
        }
        return out;
    }

    static Path write(Path out, List<Item> items) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Item i : items) {
                ZipEntry e = new ZipEntry(i.name());
                if (i.stored()) {
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(i.bytes().length);
                    e.setCompressedSize(i.bytes().length);
                    CRC32 crc = new CRC32();
                    crc.update(i.bytes());
                    e.setCrc(crc.getValue());
                }
                zip.putNextEntry(e);
                zip.write(i.bytes());
                zip.closeEntry();
            }
        }
        Files.write(out, bytes.toByteArray());
        return out;
    }
}
