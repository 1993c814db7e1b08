package org.paperkg.extract.model;

import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Development tool: forward-pass CPU time of untrained networks of several shapes on abstract-sized input. */
public final class NetSpeedLab {

    private NetSpeedLab() {
    }

    public static void main(String[] args) {
        Random r = new Random(1);
        List<int[][]> abs = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            int len = 10 + r.nextInt(40);
            int[][] seq = new int[len][];
            for (int t = 0; t < len; t++) {
                seq[t] = r.ints(20, 1, 1 << 15).toArray();
            }
            abs.add(seq);
        }
        boolean noGrad = Boolean.getBoolean("nograd");
        for (String spec : System.getProperty("specs", "48:128:1,2,4").split(";")) {
            String[] f = spec.split(":");
            int[] shape = {Integer.parseInt(f[0]), Integer.parseInt(f[1]), 0};
            List<Integer> dil = java.util.Arrays.stream(f[2].split(",")).map(Integer::valueOf).toList();
            NetConfig c = new NetConfig(1 << 15, shape[0], shape[1], 3, dil, 0.2f, 0f, List.of(9, 9), "mean");
            try (Model m = Model.newInstance("x", "PyTorch")) {
                m.setBlock(new SequenceNet(c));
                m.getBlock().initialize(m.getNDManager(), DataType.FLOAT32, new Shape(1, 4, 4), new Shape(1, 4, 4), new Shape(1, 4));
                SequenceModel sm = SequenceModel.of(m, c);
                if (noGrad) {
                    JniUtils.setGradMode(false);
                }
                for (int i = 0; i < 200; i++) {
                    sm.predict(abs);
                }
                long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                int n = 1000;
                for (int i = 0; i < n; i++) {
                    sm.predict(abs);
                }
                double ms = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e6 / n;
                System.out.printf("%s: %.2f ms CPU per abstract%n", spec, ms);
            }
        }
    }
}
