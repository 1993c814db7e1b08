package org.paperkg.resolve;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the resolve stage, under {@code paperkg.resolve}.
 *
 * @param aliasFile an extra alias file in the bundled file's format ({@code same} and {@code ambiguous}
 *                  lines), read after the bundled one at start; {@code null} (the default) for none
 */
@ConfigurationProperties("paperkg.resolve")
public record ResolveProperties(Path aliasFile) {
}
