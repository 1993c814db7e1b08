package org.paperkg.resolve;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The resolve stage's beans: one {@link AliasDirectory} for the process (the bundled aliases, then
 * {@code paperkg.resolve.alias-file} when set) and the {@link CanonicalResolver} over it. The graph
 * stage fills the directory from the stored entities at start ({@link AliasDirectory#load}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResolveProperties.class)
public class ResolveConfiguration {

    @Bean
    AliasDirectory aliasDirectory(ResolveProperties properties) {
        AliasDirectory directory = AliasDirectory.withCuratedAliases();
        if (properties.aliasFile() != null) {
            try {
                directory.loadAliasFile(properties.aliasFile());
            } catch (IOException e) {
                throw new UncheckedIOException("paperkg.resolve.alias-file: cannot read " + properties.aliasFile(), e);
            }
        }
        return directory;
    }

    @Bean
    CanonicalResolver canonicalResolver(AliasDirectory aliasDirectory) {
        return new CanonicalResolver(aliasDirectory);
    }
}
