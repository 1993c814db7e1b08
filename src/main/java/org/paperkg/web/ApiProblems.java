package org.paperkg.web;

import java.util.NoSuchElementException;
import org.paperkg.jobs.InboxPathException;
import org.paperkg.jobs.UnsupportedUploadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.paperkg.graph.UnknownQueryException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 9457 problem detail: Spring MVC's own (bad request, unsupported
 * media type, upload too large, …) through the base class, and the service's below. Unexpected errors
 * are logged and answered without internals.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final DataSize maxUpload;

    ApiProblems(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxUpload) {
        this.maxUpload = maxUpload;
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "upload-too-large", "the upload is larger than the "
                + "limit of " + maxUpload.toBytes() + " bytes (spring.servlet.multipart.max-file-size)");
        return handleExceptionInternal(ex, p, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
    }

    @ExceptionHandler(UnsupportedUploadException.class)
    ProblemDetail unsupported(UnsupportedUploadException e) {
        return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-upload", e.getMessage()
                + "; accepted are PDF, Grobid TEI, JSON Lines, PubMed efetch XML and arXiv API Atom, judged by content");
    }

    @ExceptionHandler(InboxPathException.class)
    ProblemDetail inboxPath(InboxPathException e) {
        return e.notFound() ? Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage())
                : Problems.of(HttpStatus.BAD_REQUEST, "path-outside-inbox", e.getMessage());
    }

    @ExceptionHandler(UnknownQueryException.class)
    ProblemDetail unknownQuery(UnknownQueryException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "bad-request", e.getMessage());
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Request failed", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "the request failed inside the service (" + e.getClass().getSimpleName() + "); the log has details");
    }
}
