import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Encodes every CSAbstruct sentence (train and dev) with the frozen all-MiniLM-L6-v2 encoder and
 * writes little-endian float32 rows for {@code role_probe.py}:
 * {@code <split>.pooled} (384: the model's own mean-pooled, normalised sentence embedding, timed) and
 * {@code <split>.tokens} (4 x 384: the [CLS] state, the mean and the max of the word-piece states,
 * and the first word-piece's state).
 *
 * <p>Arguments: the CSAbstruct folder (train.jsonl, dev.jsonl) and the output folder.
 */
public final class EncodeSentences {

    public static void main(String[] args) throws Exception {
        Path gold = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        long start = System.nanoTime();
        var pooled = new AllMiniLmL6V2QuantizedEmbeddingModel();
        System.out.printf("model loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
        try (var tokens = new TokenStates()) {
            for (String split : List.of("dev", "train")) {
                List<String> sentences = sentences(gold.resolve(split + ".jsonl"));
                long t = System.nanoTime();
                try (var data = open(out.resolve(split + ".pooled"))) {
                    for (int i = 0; i < sentences.size(); i += 64) {
                        var batch = sentences.subList(i, Math.min(sentences.size(), i + 64)).stream().map(TextSegment::from).toList();
                        for (var e : pooled.embedAll(batch).content()) {
                            write(data, e.vector());
                        }
                    }
                }
                double seconds = (System.nanoTime() - t) / 1e9;
                System.out.printf("%s: %d sentences pooled in %.1f s, %.0f sentences/s%n", split, sentences.size(), seconds,
                        sentences.size() / seconds);
                try (var data = open(out.resolve(split + ".tokens"))) {
                    for (String s : sentences) {
                        tokens.summarise(s, data);
                    }
                }
            }
        }
    }

    /**
     * The same encoder run directly, for its last layer's word-piece states, which the pooled model does
     * not expose. Its files are copied out of the jar once, for ONNX Runtime and the tokenizer to read.
     */
    private static final class TokenStates implements AutoCloseable {

        private final Path dir = Files.createTempDirectory("minilm");
        private final OrtEnvironment env = OrtEnvironment.getEnvironment();
        private final OrtSession session;
        private final HuggingFaceTokenizer tokenizer;

        TokenStates() throws Exception {
            session = env.createSession(copy("all-minilm-l6-v2-q.onnx", dir).toString(), new OrtSession.SessionOptions());
            tokenizer = HuggingFaceTokenizer.newInstance(copy("all-minilm-l6-v2-q-tokenizer.json", dir),
                    Map.of("maxLength", "128", "truncation", "true"));
        }

        /** Writes the sentence's [CLS] state, the mean and the max of its word-piece states, and its first word-piece's state. */
        void summarise(String sentence, DataOutputStream data) throws Exception {
            Encoding e = tokenizer.encode(sentence);
            long[] shape = {1, e.getIds().length};
            try (var ids = OnnxTensor.createTensor(env, LongBuffer.wrap(e.getIds()), shape);
                    var mask = OnnxTensor.createTensor(env, LongBuffer.wrap(e.getAttentionMask()), shape);
                    var types = OnnxTensor.createTensor(env, LongBuffer.wrap(e.getTypeIds()), shape);
                    var result = session.run(Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types))) {
                float[][] states = ((float[][][]) result.get(0).getValue())[0];
                int n = states.length;
                int width = states[0].length;
                float[] mean = new float[width];
                float[] max = new float[width];
                Arrays.fill(max, n > 2 ? Float.NEGATIVE_INFINITY : 0f);
                for (int i = 1; i < n - 1; i++) {
                    for (int j = 0; j < width; j++) {
                        mean[j] += states[i][j] / (n - 2);
                        max[j] = Math.max(max[j], states[i][j]);
                    }
                }
                write(data, states[0]);
                write(data, mean);
                write(data, max);
                write(data, n > 2 ? states[1] : new float[width]);
            }
        }

        @Override
        public void close() throws Exception {
            tokenizer.close();
            session.close();
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static DataOutputStream open(Path file) throws Exception {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
    }

    private static Path copy(String resource, Path dir) throws Exception {
        Path target = dir.resolve(resource);
        try (InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader().getResourceAsStream(resource);
                OutputStream o = Files.newOutputStream(target)) {
            in.transferTo(o);
        }
        return target;
    }

    private static List<String> sentences(Path jsonl) throws Exception {
        var mapper = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            mapper.readTree(line).get("sentences").forEach(s -> out.add(s.asText()));
        }
        return out;
    }

    private static void write(DataOutputStream data, float[] v) throws Exception {
        for (float f : v) {
            data.writeInt(Integer.reverseBytes(Float.floatToIntBits(f)));
        }
    }
}
