package org.paperkg.extract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A result the paper reports.
 *
 * @param metric   the metric's name as written (AUROC, F1, 准确率, …)
 * @param value    the value as written, sign and unit included ({@code +5.7%}, {@code 92.3})
 * @param dataset  the dataset it was measured on, or {@code null} when the text does not name one
 * @param method   the method it belongs to, or {@code null} when the text does not say
 * @param evidence the sentence that reports it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResultMention(String metric, String value, String dataset, String method, String evidence) {
}
