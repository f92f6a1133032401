package io.github.camelcallfire.operations;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.http.CallfireApiException;
import io.github.camelcallfire.model.ItemList;
import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.model.ResourceId;
import org.apache.camel.Exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invokes operations through their {@code callfire:} URIs and checks the shape of what comes back. Every URI a test
 * passes here is a literal in the test source, which is what {@link SeedCoverageTest} reads.
 */
abstract class OperationsTestSupport extends CallfireTestSupport {

    /** Sends {@code body} (with optional per-message headers) and returns the exchange after a successful call. */
    protected Exchange send(String uri, Object body, Map<String, Object> headers) {
        Exchange exchange = template.request(uri, e -> {
            e.getMessage().setHeaders(new HashMap<>(headers));
            e.getMessage().setBody(body);
        });
        assertThat(exchange.getException()).as("failure of %s", uri).isNull();
        assertThat(exchange.getMessage().getHeader(CallfireConstants.HTTP_STATUS, Integer.class))
                .as("HTTP status of %s", uri).isBetween(200, 299);
        return exchange;
    }

    protected Object call(String uri, Object body) {
        return send(uri, body, Map.of()).getMessage().getBody();
    }

    /** The typed result of {@code uri}, asserted to be an instance of {@code type}. */
    protected <T> T call(String uri, Object body, Class<T> type) {
        Object result = call(uri, body);
        assertThat(result).as("result of %s", uri).isInstanceOf(type);
        return type.cast(result);
    }

    /** An operation without a result: asserts the body is empty and the answer a 2xx. */
    protected void act(String uri, Object body) {
        assertThat(call(uri, body)).as("result of %s", uri).isNull();
    }

    /** A create operation answering {@code {"id":N}}: the id is the body and the created-id header. */
    protected long create(String uri, Object body) {
        Exchange exchange = send(uri, body, Map.of());
        assertThat(exchange.getMessage().getBody()).as("result of %s", uri).isInstanceOf(ResourceId.class);
        ResourceId created = exchange.getMessage().getBody(ResourceId.class);
        assertThat(created.getId()).isNotNull();
        assertThat(exchange.getMessage().getHeader(CallfireConstants.CREATED_ID)).isEqualTo(created.getId());
        return created.getId();
    }

    /** A find operation answering a page whose items all are {@code itemType}. */
    protected <T> List<T> page(String uri, Class<T> itemType) {
        Exchange exchange = send(uri, null, Map.of());
        Object body = exchange.getMessage().getBody();
        assertThat(body).as("result of %s", uri).isInstanceOf(Page.class);
        Page<?> page = (Page<?>) body;
        assertThat(exchange.getMessage().getHeader(CallfireConstants.TOTAL_COUNT)).isEqualTo(page.getTotalCount());
        return itemsOf(page, itemType);
    }

    /** An operation answering {@code {"items":[...]}} (not a page) whose items all are {@code itemType}. */
    protected <T> List<T> itemList(String uri, Object body, Class<T> itemType) {
        Object result = call(uri, body);
        assertThat(result).as("result of %s", uri).isInstanceOf(ItemList.class).isNotInstanceOf(Page.class);
        return itemsOf((ItemList<?>) result, itemType);
    }

    /** The API error an operation fails with. */
    protected CallfireApiException failure(String uri, Object body) {
        Exchange exchange = template.request(uri, e -> e.getMessage().setBody(body));
        assertThat(exchange.getException()).as("failure of %s", uri).isInstanceOf(CallfireApiException.class);
        return (CallfireApiException) exchange.getException();
    }

    protected void assertNotFound(String uri) {
        assertThat(failure(uri, null).getHttpStatus()).as("status of %s", uri).isEqualTo(404);
    }

    /** Reads a binary result fully, closing the stream (which hands the connection back). */
    protected byte[] download(String uri) {
        InputStream stream = call(uri, null, InputStream.class);
        try (stream) {
            byte[] bytes = stream.readAllBytes();
            assertThat(bytes).as("bytes of %s", uri).isNotEmpty();
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static boolean isMp3(byte[] bytes) {
        boolean id3 = bytes.length > 3 && bytes[0] == 'I' && bytes[1] == 'D' && bytes[2] == '3';
        boolean frameSync = bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xE0) == 0xE0;
        return id3 || frameSync;
    }

    protected static boolean isWav(byte[] bytes) {
        return bytes.length > 12 && new String(bytes, 0, 4, US_ASCII).equals("RIFF")
                && new String(bytes, 8, 4, US_ASCII).equals("WAVE");
    }

    private static <T> List<T> itemsOf(ItemList<?> list, Class<T> itemType) {
        assertThat(list.getItems()).isNotNull().allSatisfy(item -> assertThat(item).isInstanceOf(itemType));
        return list.getItems().stream().map(itemType::cast).toList();
    }
}
