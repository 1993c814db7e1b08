package org.paperkg.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may do what: writes (any method but GET, HEAD, OPTIONS) need the API key, and are refused outright
 * when none is configured; reads are open or need the key too ({@code paperkg.api.read-open}); health
 * is always open. Stateless: no sessions, no cookies, so no CSRF tokens either.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    ApiKeyAuthentication apiKeyAuthentication(ApiProperties props) {
        return new ApiKeyAuthentication(props);
    }

    @Bean
    AuthenticationManager apiAuthenticationManager(ApiKeyAuthentication keys) {
        return new ProviderManager(keys);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiProperties props, ApiKeyAuthentication keys,
            AuthenticationManager manager) throws Exception {
        SecurityProblems problems = new SecurityProblems(props);
        http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .authenticationManager(manager)
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .addFilterBefore(new ApiKeyFilter(keys), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll();
                    a.requestMatchers(SecurityProblems::isWrite).hasRole(ApiKeyAuthentication.ROLE);
                    if (props.readOpen()) {
                        a.anyRequest().permitAll();
                    } else {
                        a.anyRequest().hasRole(ApiKeyAuthentication.ROLE);
                    }
                });
        if (!props.writesEnabled()) {
            log.warn("No API key configured (paperkg.api.key): the write API (uploads, ingest, job runs) refuses "
                    + "every request");
        }
        log.info("Read endpoints are {}", props.readOpen() ? "open (paperkg.api.read-open=true)"
                : "closed: they need the API key (paperkg.api.read-open=false)");
        return http.build();
    }
}
