package org.paperkg.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks a presented key (from {@code X-API-Key}, a bearer token, or HTTP basic's password) against the
 * configured one in constant time. A match is the {@code WRITER} role.
 */
final class ApiKeyAuthentication implements AuthenticationProvider {

    static final String ROLE = "WRITER";

    private final ApiProperties props;

    ApiKeyAuthentication(ApiProperties props) {
        this.props = props;
    }

    /** True when the key matches the configured one (never when none is configured). */
    boolean matches(String presented) {
        return props.key() != null && presented != null && MessageDigest.isEqual(
                props.key().getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    Authentication authenticated() {
        return UsernamePasswordAuthenticationToken.authenticated(props.user(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Object password = authentication.getCredentials();
        if (props.user().equals(authentication.getName()) && password != null && matches(password.toString())) {
            return authenticated();
        }
        throw new BadCredentialsException("wrong user or key");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
