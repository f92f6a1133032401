package io.github.camelcallfire.operation;

/** Where the value of an operation parameter travels. */
public enum ParamLocation {
    /** Substituted into the path template, URL-encoded. */
    PATH,
    /** Appended to the query string, URL-encoded; repeatable parameters are sent once per value. */
    QUERY,
    /** A text part of a multipart upload. */
    FORM,
    /** Read by the component itself to shape the request (e.g. the file name of an upload); never sent as is. */
    LOCAL
}
