package io.github.camelcallfire.sandbox.control;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What the control API's rules (faults, answer fields, recordings) share: an id given when the rule is added, and the
 * API requests it applies to — a {@code path} regular expression over the full path such as {@code /v2/contacts/12}
 * (every path by default) and an optional {@code method}.
 */
public abstract class RequestRule {

    private long id;
    private String path = ".*";
    private String method;

    @JsonIgnore
    private Pattern compiled;

    /** Takes the rule's id and compiles its path; an invalid regular expression is refused. */
    void assign(long assignedId) {
        this.id = assignedId;
        try {
            compiled = Pattern.compile(path == null ? ".*" : path);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'path' is not a valid regular expression: " + e.getMessage());
        }
    }

    boolean matches(String requestMethod, String requestPath) {
        return (method == null || method.equalsIgnoreCase(requestMethod)) && compiled.matcher(requestPath).matches();
    }

    public long getId() {
        return id;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }
}
