package io.github.camelcallfire.operation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.camelcallfire.http.ApiErrors;
import io.github.camelcallfire.http.CallfireHttpClient;
import io.github.camelcallfire.http.CallfireTransportException;
import io.github.camelcallfire.http.ConnectFailures;
import io.github.camelcallfire.http.JsonBody;
import io.github.camelcallfire.http.RedactedAuthorization;
import io.github.camelcallfire.http.ResponseStream;
import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.validation.ArgumentRules;
import io.github.camelcallfire.validation.BodyRules;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.net.URIAuthority;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Executes any {@link CallfireOperation} over HTTP: the single engine behind the producer (and usable without an
 * Exchange, e.g. by a polling consumer). Arguments are indexed like {@link CallfireOperation#params()}; null means
 * unset. Thread-safe.
 */
public final class OperationExecutor {

    private static final byte[] EMPTY = new byte[0];
    private static final int MAX_PRESIZED_ANSWER = 16 * 1024 * 1024;

    private final CallfireHttpClient http;
    private final HttpHost target;
    private final URIAuthority authority;
    private final String basePath;
    private final Header authorization;
    private final Map<CallfireOperation, ObjectReader> readers = new EnumMap<>(CallfireOperation.class);
    private final RequestBodies bodies;
    private final ApiErrors errors;
    private final BodyRules bodyRules;
    private final RecentPaths paths = new RecentPaths();

    public OperationExecutor(CallfireHttpClient http, String baseUrl, String username, String password,
                             ObjectMapper mapper) {
        this.http = http;
        URI base = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        if (base.getScheme() == null || base.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, but was: " + baseUrl);
        }
        this.target = new HttpHost(base.getScheme(), base.getHost(), base.getPort());
        this.authority = new URIAuthority(target);
        this.basePath = base.getRawPath() == null ? "" : base.getRawPath();
        if (username.indexOf(':') >= 0) {
            throw new IllegalArgumentException("The CallFire username must not contain ':' (HTTP Basic authentication "
                    + "separates login and password with it); use the API login of your API credentials");
        }
        this.authorization = new RedactedAuthorization("Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        for (CallfireOperation operation : CallfireOperation.values()) {
            readers.put(operation, mapper.readerFor(operation.result().javaType(mapper.getTypeFactory())));
        }
        this.bodies = new RequestBodies(mapper.writer());
        this.errors = new ApiErrors(mapper.reader());
        this.bodyRules = new BodyRules(mapper);
    }

    /**
     * Checks arguments and body as {@link #execute} does, without sending anything; for callers that split one
     * message into several requests and must not send the first when a later one is wrong.
     *
     * @throws io.github.camelcallfire.validation.InvalidRequestException naming the wrong value and how to fix it
     */
    public void validate(CallfireOperation operation, Object[] arguments, Object body) {
        ArgumentRules.check(operation, arguments);
        bodyRules.check(operation, arguments, body);
    }

    /**
     * Sends the operation and reads its result.
     *
     * @throws io.github.camelcallfire.http.CallfireApiException       on a non-2xx answer
     * @throws CallfireTransportException on I/O failures and unreadable responses
     * @throws IllegalArgumentException   when arguments or body are wrong (nothing is sent then)
     */
    public CallfireResult execute(CallfireOperation operation, Object[] arguments, Object body) {
        validate(operation, arguments, body);
        String path = paths.path(operation, arguments);
        BasicClassicHttpRequest request = request(operation, path);
        request.setHeader(authorization);
        boolean binary = operation.result().kind() == ResultSpec.Kind.BINARY;
        request.setHeader(HttpHeaders.ACCEPT, binary ? "*/*" : "application/json");
        request.setEntity(bodies.entity(operation, arguments, body));
        return read(operation, path, binary ? download(operation, path, request) : open(operation, path, request,
                false), binary);
    }

    /**
     * Sends a JSON body that the caller built and validated, and hands a successful answer's bytes to {@code reader}:
     * the engine of chunked sends, which decide per chunk what to keep of the answer. A 429 or 503 (CallFire refused
     * the request without processing it) is retried under the retry policy even though the method is POST.
     *
     * @throws io.github.camelcallfire.http.CallfireApiException on a non-2xx answer (after retries)
     * @throws CallfireTransportException                        with the {@link CallfireTransportException.Stage}
     *                                                           the request reached
     */
    public <T> T sendJson(CallfireOperation operation, Object[] arguments, byte[] json, AnswerReader<T> reader) {
        return sendJson(operation, arguments, json, json.length, reader);
    }

    /** {@link #sendJson(CallfireOperation, Object[], byte[], AnswerReader)} with the first {@code length} bytes. */
    public <T> T sendJson(CallfireOperation operation, Object[] arguments, byte[] json, int length,
                          AnswerReader<T> reader) {
        String path = paths.path(operation, arguments);
        BasicClassicHttpRequest request = request(operation, path);
        request.setHeader(authorization);
        request.setHeader(HttpHeaders.ACCEPT, "application/json");
        request.setEntity(new JsonBody(json, length));
        try (ClassicHttpResponse response = open(operation, path, request, true)) {
            int status = response.getCode();
            HttpEntity entity = response.getEntity();
            if (status < 200 || status >= 300) {
                throw errors.toException(status, errorBody(entity), operation.operationId(), path);
            }
            byte[] answer = entity == null ? EMPTY : answerBytes(entity);
            return reader.read(answer, answer.length);
        } catch (IOException e) {
            throw new CallfireTransportException(operation.operationId(), path, e,
                    CallfireTransportException.Stage.ANSWER_UNREADABLE);
        }
    }

    /*
     * The whole answer of a send (bounded by the chunk size), read to its end so that the connection is reused. One
     * of known length goes into an array of its size: readAllBytes starts with an 8 KB buffer, twice what a one-text
     * send allocates in all. A length beyond any chunk's answer is not trusted with an array of its size.
     */
    private static byte[] answerBytes(HttpEntity entity) throws IOException {
        long length = entity.getContentLength();
        try (InputStream content = entity.getContent()) {
            if (length < 0 || length > MAX_PRESIZED_ANSWER) {
                return content.readAllBytes();
            }
            byte[] answer = new byte[(int) length];
            int read = content.readNBytes(answer, 0, answer.length);
            if (read < answer.length) {
                throw new EOFException("The answer ended after " + read + " of its " + length + " bytes");
            }
            return answer;
        }
    }

    /* what new BasicClassicHttpRequest(method, host, path) sets, with the authority made once, not per request */
    private BasicClassicHttpRequest request(CallfireOperation operation, String path) {
        BasicClassicHttpRequest request = new BasicClassicHttpRequest(operation.httpMethod(), (HttpHost) null,
                basePath + path);
        request.setScheme(target.getSchemeName());
        request.setAuthority(authority);
        return request;
    }

    /** Reads the JSON of a successful answer: its first {@code length} bytes (none for an empty answer). */
    @FunctionalInterface
    public interface AnswerReader<T> {
        T read(byte[] answer, int length) throws IOException;
    }

    private ClassicHttpResponse open(CallfireOperation operation, String path, BasicClassicHttpRequest request,
                                     boolean refusalsRetriable) {
        try {
            return http.open(target, request, refusalsRetriable);
        } catch (IOException e) {
            throw transportFailure(operation, path, e);
        }
    }

    private ClassicHttpResponse download(CallfireOperation operation, String path, BasicClassicHttpRequest request) {
        try {
            return http.download(target, request);
        } catch (IOException e) {
            throw transportFailure(operation, path, e);
        }
    }

    private static CallfireTransportException transportFailure(CallfireOperation operation, String path,
                                                               IOException e) {
        return new CallfireTransportException(operation.operationId(), path, e, ConnectFailures.nothingSent(e)
                ? CallfireTransportException.Stage.NOT_SENT : CallfireTransportException.Stage.OUTCOME_UNKNOWN);
    }

    /* the status already tells the outcome; an error body cut short only loses CallFire's explanation */
    private static byte[] errorBody(HttpEntity entity) {
        try {
            return entity == null ? EMPTY : EntityUtils.toByteArray(entity);
        } catch (IOException unreadable) {
            return EMPTY;
        }
    }

    /** Fetches one page of a pageable operation at {@code offset}, {@code limit} items long. */
    @SuppressWarnings("unchecked")
    public <T> Page<T> fetchPage(CallfireOperation operation, Object[] arguments, long offset, long limit) {
        Object[] pageArguments = arguments.clone();
        pageArguments[operation.indexOf("offset")] = offset;
        pageArguments[operation.indexOf("limit")] = limit;
        return (Page<T>) execute(operation, pageArguments, null).body();
    }

    /**
     * A lazy iterator over every item of every page, starting at the {@code offset} argument (or 0); the first page is
     * fetched now so that errors surface here, the next ones only when the previous is used up.
     */
    public <T> PageIterator<T> iterate(CallfireOperation operation, Object[] arguments, long pageSize) {
        if (!operation.pageable()) {
            throw new IllegalArgumentException("callfire:" + operation.uriPath() + " does not return pages");
        }
        Object offset = arguments[operation.indexOf("offset")];
        long start = offset == null ? 0 : Long.parseLong(ArgumentValues.toText(offset));
        return new PageIterator<>(this, operation, arguments, start, pageSize);
    }

    private CallfireResult read(CallfireOperation operation, String path, ClassicHttpResponse response, boolean binary) {
        int status = response.getCode();
        boolean success = status >= 200 && status < 300;
        HttpEntity entity = response.getEntity();
        try {
            if (success && binary && entity != null) {
                // the stream owns the response from here on: closing it returns the connection
                return new CallfireResult(operation, status, new ResponseStream(entity.getContent(), response),
                        entity.getContentType());
            }
            if (!success) {
                byte[] content = entity == null ? EMPTY : EntityUtils.toByteArray(entity);
                response.close();
                throw errors.toException(status, content, operation.operationId(), path);
            }
            Object body = entity == null ? null : readValue(readers.get(operation), entity);
            response.close();
            return new CallfireResult(operation, status, body, null);
        } catch (IOException e) {
            closeQuietly(response);
            throw new CallfireTransportException(operation.operationId(), path, e,
                    CallfireTransportException.Stage.ANSWER_UNREADABLE);
        }
    }

    /**
     * Binds the answer straight from the connection's stream (a bulk send answers half a megabyte, not worth copying
     * first); an empty body is null. Closing the parser reads the stream to its end, so the connection is reused.
     */
    private static Object readValue(ObjectReader reader, HttpEntity entity) throws IOException {
        try (JsonParser parser = reader.createParser(entity.getContent())) {
            return parser.nextToken() == null ? null : reader.readValue(parser);
        }
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException ignored) {
            // the original failure is what the caller needs to see
        }
    }

    /** The path below the base URL with its query string, e.g. {@code /texts?limit=10&inbound=true}. */
    static String requestPath(CallfireOperation operation, Object[] arguments) {
        StringBuilder path = new StringBuilder(64);
        operation.pathTemplate().appendTo(path, arguments);
        int pathLength = path.length();
        List<OperationParam> params = operation.params();
        for (int i = 0; i < params.size(); i++) {
            Object value = arguments[i];
            OperationParam param = params.get(i);
            if (value == null || param.location() != ParamLocation.QUERY) {
                continue;
            }
            if (param.repeatable()) {
                ArgumentValues.forEachValue(value, text -> appendQuery(path, pathLength, param.name(), text));
            } else {
                appendQuery(path, pathLength, param.name(), ArgumentValues.toText(value));
            }
        }
        return path.toString();
    }

    private static void appendQuery(StringBuilder path, int pathLength, String name, String value) {
        path.append(path.length() == pathLength ? '?' : '&').append(name).append('=').append(PathTemplate.encode(value));
    }
}
