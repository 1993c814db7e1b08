package org.paperkg.extract;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the offline extractor ({@code paperkg.offline.*}), the embedded default and the LLM's
 * stand-in.
 *
 * @param extractor {@code v1} (default): the shipped models with the v0 rules for what they do not
 *                  cover (numbers in results, Chinese); {@code rules}: the v0 rules alone
 */
@ConfigurationProperties("paperkg.offline")
public record OfflineProperties(@DefaultValue("v1") Kind extractor) {

    /** Which offline extractor runs. */
    public enum Kind { V1, RULES }

    public static OfflineProperties defaults() {
        return new OfflineProperties(Kind.V1);
    }
}
