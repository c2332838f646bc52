package io.batterylab.ml;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading and writing the files of a trained model: the parameter checkpoint and JSON for scalers and settings. */
public final class ModelFiles {
    /** The network's parameters in DJL's block format. */
    public static final String CHECKPOINT = "checkpoint.params";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelFiles() {
    }

    public static void writeJson(Path file, Object value) throws IOException {
        JSON.writeValue(file.toFile(), value);
    }

    public static <T> T readJson(Path file, Class<T> type) throws IOException {
        return JSON.readValue(existing(file), type);
    }

    /** Reads a {@link ModelFile} whose settings are of the given record type. */
    static <S extends Record> ModelFile<S> readModelFile(Path file, Class<S> settingsType) throws IOException {
        return JSON.readValue(existing(file), JSON.getTypeFactory().constructParametricType(ModelFile.class, settingsType));
    }

    private static java.io.File existing(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("model file missing: " + file);
        }
        return file.toFile();
    }

    public static void saveParameters(Block block, Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            block.saveParameters(out);
        }
    }

    /** Loads into a block of the same architecture as the saved one (not initialised yet). */
    public static void loadParameters(Block block, NDManager manager, Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            block.loadParameters(manager, in);
        } catch (MalformedModelException e) {
            throw new IOException("checkpoint " + file + " does not fit the network: " + e.getMessage(), e);
        }
    }
}
