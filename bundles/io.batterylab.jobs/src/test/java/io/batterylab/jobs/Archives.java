package io.batterylab.jobs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Rewrites model-version archives in tests, e.g. into what an older version wrote or a damaged one. */
final class Archives {
    /** A new content for an entry, or null to leave it out. */
    interface EntryRewrite {
        byte[] apply(String name, byte[] content) throws IOException;
    }

    private Archives() {
    }

    static byte[] rewrite(byte[] archive, EntryRewrite rewrite) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = rewrite.apply(entry.getName(), in.readAllBytes());
                if (content != null) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(content);
                    zip.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }
}
