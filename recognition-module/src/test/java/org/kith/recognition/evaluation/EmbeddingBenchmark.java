package org.kith.recognition.evaluation;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Milliseconds per embedding call (batch 1, one intra-op thread, after warm-up) for every candidate
 * model, p50 and p90 of the timed calls. A measuring tool: {@code java -cp ... EmbeddingBenchmark
 * target/classes/models [calls]}.
 */
public final class EmbeddingBenchmark {
  private EmbeddingBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path models = Path.of(args[0]);
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(1);
    Set<String> done = new LinkedHashSet<>();
    for (EmbeddingEvaluation.Candidate c : EmbeddingEvaluation.candidates()) {
      if (!done.add(c.model())) {
        continue;
      }
      Path file =
          c.model().equals("faceplugin")
              ? EmbeddingEvaluation.facepluginModel()
              : models.resolve(c.model() + ".onnx");
      int s = c.size();
      float[] input = new float[s * s * 3];
      for (int i = 0; i < input.length; i++) {
        input[i] = (float) Math.sin(i * 0.37) * 100 + 128;
      }
      long[] shape = c.nchw() ? new long[] {1, 3, s, s} : new long[] {1, s, s, 3};
      try (OrtSession session = env.createSession(file.toString(), options);
          OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), shape)) {
        String name = session.getInputNames().iterator().next();
        double[] ms = new double[calls];
        for (int k = -10; k < calls; k++) {
          long t0 = System.nanoTime();
          try (OrtSession.Result r = session.run(Map.of(name, t))) {
            if (k >= 0) {
              ms[k] = (System.nanoTime() - t0) / 1e6;
            }
          }
        }
        Arrays.sort(ms);
        System.out.printf(
            "%-14s %3d px  p50 %6.1f ms  p90 %6.1f ms%n",
            c.model(), s, ms[calls / 2], ms[calls * 9 / 10]);
      }
    }
  }
}
