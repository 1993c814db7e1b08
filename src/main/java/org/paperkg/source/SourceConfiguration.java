package org.paperkg.source;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the source stage's settings: {@code paperkg.source.*} and {@code paperkg.grobid.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SourceProperties.class, GrobidProperties.class})
class SourceConfiguration {
}
