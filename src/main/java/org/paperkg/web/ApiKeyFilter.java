package org.paperkg.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries the API key as {@code X-API-Key} or {@code Authorization: Bearer}.
 * A wrong key is answered 401 at once; a request without one goes on (as anonymous, or to HTTP basic).
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private final ApiKeyAuthentication keys;

    ApiKeyFilter(ApiKeyAuthentication keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        String auth = request.getHeader("Authorization");
        if (key == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            key = auth.substring(7).strip();
        }
        if (key != null) {
            if (!keys.matches(key)) {
                SecurityProblems.unauthorized(request, response, "the API key is wrong");
                return;
            }
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(keys.authenticated());
            SecurityContextHolder.setContext(context);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (key != null) {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
