package org.paperkg.resolve;

/**
 * A reported result, keyed by paper, method, dataset and metric.
 *
 * @param key        {@code paperId|methodKey|datasetKey|metricKey} (empty parts when unknown)
 * @param value      the value as written
 * @param number     the numeric part, or {@code null}
 * @param unit       {@code %} or another unit when written, else {@code null}
 * @param methodKey  the method's key, or {@code null}
 * @param datasetKey the dataset's key, or {@code null}
 * @param metricKey  the metric's key (never null)
 * @param evidence   the sentence that reports it
 */
public record ResultNode(String key, String value, Double number, String unit, String methodKey,
        String datasetKey, String metricKey, String evidence) {
}
