package io.batterylab.rest.resources;

import io.batterylab.rest.http.ApiException;
import io.batterylab.rest.http.Call;
import io.batterylab.rest.http.Reply;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;

/**
 * A multipart form with exactly one file part named {@code file}: parts larger than 1 MB are spooled to files that
 * are removed when the request ends, whatever the handler did with the content.
 */
final class FileForm {
    private static final int MAX_FILE_NAME = 255;

    /** What a route does with the file's checked name and content. */
    @FunctionalInterface
    interface Handler {
        Reply accept(String fileName, InputStream content) throws Exception;
    }

    private FileForm() {
    }

    static Reply receive(Call call, long maxFileBytes, Path spoolDirectory, Handler handler) throws Exception {
        Files.createDirectories(spoolDirectory);
        MultiPartConfig config = new MultiPartConfig.Builder().location(spoolDirectory).maxParts(4)
                .maxSize(maxFileBytes + 64 * 1024).maxPartSize(maxFileBytes).maxMemoryPartSize(1024 * 1024)
                .useFilesForPartsWithoutFileName(false).build();
        try (MultiPartFormData.Parts parts = call.multipart(config)) {
            List<MultiPart.Part> files = parts.getAll("file");
            if (files.size() > 1) {
                throw ApiException.badRequest("several_files", "the form has " + files.size()
                        + " parts named 'file'; send one file per request");
            }
            MultiPart.Part file = files.isEmpty() ? null : files.get(0);
            if (file == null || file.getFileName() == null) {
                throw ApiException.badRequest("missing_file", "the form needs a file part named 'file'");
            }
            String name = checkFileName(file.getFileName());
            try (InputStream content = Content.Source.asInputStream(file.createContentSource())) {
                return handler.accept(name, content);
            }
        }
    }

    /**
     * Refuses a name that tries to be a path. Files are stored under ids, never under the name, but a client that
     * sends one is broken or hostile, and should hear so.
     */
    static String checkFileName(String name) {
        String n = name.strip();
        boolean unsafe = n.isEmpty() || n.length() > MAX_FILE_NAME || n.contains("/") || n.contains("\\")
                || n.contains("..") || n.chars().anyMatch(Character::isISOControl) || n.indexOf(':') >= 0;
        if (unsafe) {
            throw ApiException.badRequest("invalid_file_name",
                    "the file name must be a plain name such as cells.csv, without directories or '..'");
        }
        return n;
    }
}
