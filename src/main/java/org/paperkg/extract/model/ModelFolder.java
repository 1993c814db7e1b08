package org.paperkg.extract.model;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A trained model on disk: {@code <name>-0000.params} written by DJL's {@code Model.save},
 * {@code config.json} with the network's shape, and optionally {@code transitions.json}, the label
 * transitions its first head is decoded with ({@link LabelTransitions}). A model folder shipped in the jar is copied to a
 * temporary folder to load (DJL loads block parameters from files) and the copy is deleted at once.
 */
public final class ModelFolder {

    static final String CONFIG = "config.json";
    static final String TRANSITIONS = "transitions.json";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ModelFolder() {
    }

    static Path save(Model model, NetConfig config, Path dir) throws IOException {
        Files.createDirectories(dir);
        model.save(dir, model.getName());
        Files.writeString(dir.resolve(CONFIG), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(config));
        return dir;
    }

    /** The file names every model folder has, for copying it out of the classpath. */
    static List<String> files(String name) {
        return List.of(CONFIG, name + "-0000.params");
    }

    /** The files a model folder may have besides {@link #files}. */
    private static final List<String> OPTIONAL = List.of(TRANSITIONS);

    /** Adds label transitions to a saved model folder, so the model loads with them. */
    public static void saveTransitions(Path dir, LabelTransitions transitions) throws IOException {
        Files.writeString(dir.resolve(TRANSITIONS), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(transitions));
    }

    /** The folder's label transitions, or {@code null} when it has none. */
    static LabelTransitions transitions(Path dir) throws IOException {
        Path f = dir.resolve(TRANSITIONS);
        return Files.isRegularFile(f) ? MAPPER.readValue(Files.readString(f), LabelTransitions.class) : null;
    }

    static NetConfig config(Path dir) throws IOException {
        return MAPPER.readValue(Files.readString(dir.resolve(CONFIG)), NetConfig.class);
    }

    /** Loads {@code name} from a folder; the caller closes the model. */
    static Model load(Path dir, String name, SequenceNet net) throws IOException {
        Model model = Model.newInstance(name, "PyTorch");
        model.setBlock(net);
        try {
            model.load(dir, name);
        } catch (MalformedModelException | RuntimeException e) {
            model.close();
            throw new IOException("model " + name + " in " + dir + " cannot be loaded: " + e.getMessage(), e);
        }
        return model;
    }

    /** Copies a model folder from the classpath ({@code resource/<file>}) into {@code target}. */
    static void copyFromClasspath(String resource, String name, Path target) throws IOException {
        for (String f : OPTIONAL) {
            byte[] bytes = resourceBytes(resource, f);
            if (bytes != null) {
                Files.write(target.resolve(f), bytes);
            }
        }
        for (String f : files(name)) {
            byte[] bytes = resourceBytes(resource, f);
            if (bytes == null) {
                throw new IOException("model resource " + resource + "/" + f + " is not on the classpath");
            }
            Files.write(target.resolve(f), bytes);
        }
    }

    /** First 12 hex digits of SHA-256 over the folder's files (required, then optional ones): the weights' identity. */
    static String hash(Path dir, String name) {
        try {
            return fingerprint(name, f -> Files.isRegularFile(dir.resolve(f)) ? Files.readAllBytes(dir.resolve(f)) : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #hash} of a classpath folder, or {@code null} when a file of it is not on the classpath. */
    static String resourceHash(String resource, String name) throws IOException {
        return fingerprint(name, f -> resourceBytes(resource, f));
    }

    /** A file's bytes, or {@code null} when there is no such file. */
    private interface FileReader {
        byte[] read(String file) throws IOException;
    }

    /** The weights' identity from a folder's files as {@code read} gives them; {@code null} if a required one is missing. */
    private static String fingerprint(String name, FileReader read) throws IOException {
        MessageDigest sha = sha256();
        for (String f : files(name)) {
            byte[] bytes = read.read(f);
            if (bytes == null) {
                return null;
            }
            sha.update(bytes);
        }
        for (String f : OPTIONAL) {
            byte[] bytes = read.read(f);
            if (bytes != null) {
                sha.update(bytes);
            }
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    }

    private static byte[] resourceBytes(String resource, String file) throws IOException {
        try (InputStream in = ModelFolder.class.getClassLoader().getResourceAsStream(resource + "/" + file)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
