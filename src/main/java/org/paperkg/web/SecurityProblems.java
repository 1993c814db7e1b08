package org.paperkg.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * What a request without the right credentials gets, as a problem detail: 401 with a
 * {@code WWW-Authenticate} challenge when a key would help, 403 when writes are off because no key is
 * configured.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ApiProperties props;

    SecurityProblems(ApiProperties props) {
        this.props = props;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (!props.writesEnabled() && isWrite(request)) {
            writesOff(request, response);
        } else {
            unauthorized(request, response, request.getHeader("Authorization") != null
                    ? "the credentials are wrong" : "no API key was given");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (!props.writesEnabled() && isWrite(request)) {
            writesOff(request, response);
        } else {
            Problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden",
                    request.getMethod() + " " + request.getRequestURI() + " is not allowed with these credentials");
        }
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"paper-kg\", charset=\"UTF-8\"");
        Problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", request.getMethod() + " "
                + request.getRequestURI() + " needs the API key (header " + ApiKeyFilter.HEADER
                + ", a bearer token, or HTTP basic): " + why);
    }

    private static void writesOff(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Problems.write(request, response, HttpStatus.FORBIDDEN, "writes-disabled", request.getMethod() + " "
                + request.getRequestURI() + " is refused: no API key is configured, so the write API is off "
                + "(set paperkg.api.key)");
    }

    static boolean isWrite(HttpServletRequest request) {
        String m = request.getMethod();
        return !(HttpMethod.GET.matches(m) || HttpMethod.HEAD.matches(m) || HttpMethod.OPTIONS.matches(m)
                || HttpMethod.TRACE.matches(m));
    }
}
