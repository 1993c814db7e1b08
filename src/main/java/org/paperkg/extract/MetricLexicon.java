package org.paperkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Known metric names, English and Chinese. Short acronyms match case-sensitively ("MAP" is not "map"). */
final class MetricLexicon {

    private static final Set<String> EXACT = Set.of("AUC", "AUROC", "AUPRC", "ROC-AUC", "AUC-ROC", "BLEU",
            "sacreBLEU", "ROUGE", "ROUGE-1", "ROUGE-2", "ROUGE-L", "METEOR", "CIDEr", "SPICE", "MAP", "mAP", "MRR",
            "NDCG", "nDCG", "EM", "F1", "F-1", "F1-score", "Macro-F1", "Micro-F1", "macro-F1", "micro-F1", "IoU",
            "mIoU", "RMSE", "MAE", "MSE", "MAPE", "WER", "CER", "PPL", "HR", "Hits", "Acc", "PSNR", "SSIM", "FID",
            "MCC", "R2");

    private static final Set<String> WORDS = Set.of("accuracy", "precision", "recall", "perplexity", "f-score",
            "f-measure", "f1-measure", "top-1", "top-5", "auc", "bleu", "rouge");

    /** Chinese names, longest first so 均方根误差 wins over 误差. */
    static final List<String> CHINESE = List.of("均方根误差", "平均绝对误差", "平均精度", "分类精度", "预测精度",
            "识别准确率", "准确率", "精确率", "召回率", "F1值", "F值", "错误率", "误差率", "识别率", "正确率", "命中率",
            "准确度", "灵敏度", "特异度", "检测率", "误报率", "漏报率", "AUC值", "精度", "误差");

    private MetricLexicon() {
    }

    /** True when the token names a metric: {@code F1}, {@code accuracy}, {@code NDCG@20}, {@code Hits@10}. */
    static boolean isMetricWord(String token) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        int at = token.indexOf('@');
        String base = at > 0 ? token.substring(0, at) : token;
        if (at > 0 && (base.equalsIgnoreCase("recall") || base.equalsIgnoreCase("precision") || base.equals("P")
                || base.equals("R"))) {
            return true;
        }
        if (EXACT.contains(base)) {
            return true;
        }
        char first = base.charAt(0);
        // the word list is lower case and starts with a letter: skip the allocation for most tokens
        return Character.isLetter(first) && base.length() >= 3 && WORDS.contains(base.toLowerCase(Locale.ROOT));
    }

    /** The Chinese metric name starting at {@code i} in {@code s}, or {@code null}. */
    static String chineseAt(String s, int i) {
        for (String m : CHINESE) {
            if (s.startsWith(m, i)) {
                return m;
            }
        }
        return null;
    }
}
