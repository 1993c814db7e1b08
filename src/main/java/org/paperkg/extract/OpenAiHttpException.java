package org.paperkg.extract;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The server answered with an HTTP error, or with something that is not a chat completion. */
final class OpenAiHttpException extends Exception {

    private final int status;
    private final transient Duration retryAfter;

    OpenAiHttpException(int status, Duration retryAfter, String message) {
        super(message, null, false, false); // thrown on every retried failure: no stack trace needed
        this.status = status;
        this.retryAfter = retryAfter;
    }

    int status() {
        return status;
    }

    /** How long the server asked us to wait ({@code Retry-After}), if it did. */
    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** 429 and 5xx: the server is busy or broken now, and may not be later. */
    boolean transientFailure() {
        return status == 429 || status >= 500;
    }

    /**
     * 400, 413 and 422 mean this request can never succeed (a text too long for the context, a
     * schema the server rejects): the paper fails. Other 4xx (401, 403, 404: a wrong key, URL or
     * model name) are configuration errors that a fix makes go away, so papers wait instead.
     */
    boolean rejectsRequest() {
        return status == 400 || status == 413 || status == 422;
    }

    /**
     * Reads a {@code Retry-After} header: delay-seconds or an HTTP date; {@code null} when absent or
     * unreadable.
     */
    static Duration parseRetryAfter(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip();
        if (h.chars().allMatch(Character::isDigit)) {
            return h.length() > 9 ? null : Duration.ofSeconds(Long.parseLong(h));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(clock.instant(), at.toInstant());
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
