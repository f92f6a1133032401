package io.github.camelcallfire.operation;

/**
 * The outcome of one successful operation: the HTTP status, the typed body (null for empty responses) and, for
 * binary downloads, the content type of the stream.
 */
public record CallfireResult(CallfireOperation operation, int status, Object body, String contentType) {
}
