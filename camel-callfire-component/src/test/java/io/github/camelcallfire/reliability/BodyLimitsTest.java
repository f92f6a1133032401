package io.github.camelcallfire.reliability;

import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.validation.InvalidRequestException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON bodies nest at most 32 levels of objects and arrays. A deeper body, however it is given, is refused with the
 * place where it gets too deep, and nothing is sent.
 */
class BodyLimitsTest extends CallfireTestSupport {

    private static final String CREATE_LIST = "callfire:contact-lists/create";
    private static final String TOO_DEEP = " nests objects and arrays deeper than 32 levels; CallFire requests are a "
            + "few levels deep, so this is likely a whole document or an object that contains itself.";

    @Test
    void jsonNestedFiveThousandLevelsDeepIsRefusedWithThePlaceWhereItGetsTooDeep() {
        long before = sandbox().requestCount();

        Exception refused = refusal(CREATE_LIST, nestedJson(5000));

        assertThat(refused).isInstanceOf(InvalidRequestException.class)
                .hasMessage("callfire:contact-lists/create (createContactList): body" + ".a".repeat(32) + TOO_DEEP);
        assertThat(sandbox().requestCount()).isEqualTo(before);
    }

    @Test
    void jsonBytesNestedThirtyThreeLevelsDeepAreRefused() {
        long before = sandbox().requestCount();

        Exception refused = refusal(CREATE_LIST, nestedJson(33).getBytes(StandardCharsets.UTF_8));

        assertThat(refused).isInstanceOf(InvalidRequestException.class).hasMessageEndingWith(TOO_DEEP);
        assertThat(sandbox().requestCount()).isEqualTo(before);
    }

    @Test
    void arraysNestedThirtyThreeLevelsDeepAreRefusedWithTheirIndexes() {
        long before = sandbox().requestCount();

        Exception refused = refusal("callfire:contacts/create", "[".repeat(33) + "]".repeat(33));

        assertThat(refused).isInstanceOf(InvalidRequestException.class)
                .hasMessage("callfire:contacts/create (createContacts): body" + "[0]".repeat(32) + TOO_DEEP);
        assertThat(sandbox().requestCount()).isEqualTo(before);
    }

    @Test
    void mapNestedFiveThousandLevelsDeepIsRefusedWithThePlaceWhereItGetsTooDeep() {
        long before = sandbox().requestCount();

        Exception refused = refusal(CREATE_LIST, nestedMap(5000));

        assertThat(refused).isInstanceOf(InvalidRequestException.class)
                .hasMessage("callfire:contact-lists/create (createContactList): body" + ".a".repeat(32) + TOO_DEEP);
        assertThat(sandbox().requestCount()).isEqualTo(before);
    }

    @Test
    void listsNestedThirtyThreeLevelsDeepAreRefusedWithTheirIndexes() {
        long before = sandbox().requestCount();
        List<Object> root = new ArrayList<>();
        List<Object> current = root;
        for (int level = 1; level < 33; level++) {
            List<Object> child = new ArrayList<>();
            current.add(child);
            current = child;
        }

        Exception refused = refusal("callfire:contacts/create", root);

        assertThat(refused).isInstanceOf(InvalidRequestException.class)
                .hasMessage("callfire:contacts/create (createContacts): body" + "[0]".repeat(32) + TOO_DEEP);
        assertThat(sandbox().requestCount()).isEqualTo(before);
    }

    @Test
    void mapThatContainsItselfIsRefused() {
        long before = sandbox().requestCount();
        Map<String, Object> loop = new HashMap<>();
        loop.put("name", "loop");
        loop.put("self", loop);

        Exception refused = refusal(CREATE_LIST, loop);

        assertThat(refused).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("body" + ".self".repeat(32) + TOO_DEEP);
        assertThat(sandbox().requestCount()).isEqualTo(before);
    }

    @Test
    void bodyThirtyTwoLevelsDeepIsSent() {
        long before = sandbox().requestCount();
        String body = "{\"name\":\"deep\",\"a\":" + nestedJson(31) + "}";

        Exchange exchange = template.request(CREATE_LIST, e -> e.getMessage().setBody(body));

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox().requestCount()).isEqualTo(before + 1);
    }

    private Exception refusal(String uri, Object body) {
        Exchange exchange = template.request(uri, e -> e.getMessage().setBody(body));
        assertThat(exchange.getException()).as("failure of " + uri).isNotNull();
        return exchange.getException();
    }

    /** {"a":{"a":...1...}} with {@code levels} objects. */
    private static String nestedJson(int levels) {
        return "{\"a\":".repeat(levels) + "1" + "}".repeat(levels);
    }

    private static Map<String, Object> nestedMap(int levels) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> current = root;
        for (int level = 1; level < levels; level++) {
            Map<String, Object> child = new LinkedHashMap<>();
            current.put("a", child);
            current = child;
        }
        current.put("a", 1);
        return root;
    }
}
