package io.github.camelcallfire.operation;

import io.github.camelcallfire.model.ActionState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import static io.github.camelcallfire.operation.CallfireOperation.FIND_TEXTS;
import static io.github.camelcallfire.operation.SandboxEngine.arguments;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How option values of any Java type are written into the request path and query string: timestamps as epoch
 * milliseconds, enums by name, collections and arrays comma-separated, repeatable options once per value.
 */
class OptionValuesOnTheWireTest {

    private static final long MILLIS = 1_700_000_000_123L;

    @Test
    void timestampsOfEveryJavaTypeAreEpochMilliseconds() {
        Instant instant = Instant.ofEpochMilli(MILLIS);
        assertThat(query("intervalBegin", new Date(MILLIS))).isEqualTo("intervalBegin=" + MILLIS);
        assertThat(query("intervalBegin", instant)).isEqualTo("intervalBegin=" + MILLIS);
        assertThat(query("intervalBegin", OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(5))))
                .isEqualTo("intervalBegin=" + MILLIS);
        assertThat(query("intervalBegin", ZonedDateTime.ofInstant(instant, ZoneId.of("America/Los_Angeles"))))
                .isEqualTo("intervalBegin=" + MILLIS);
    }

    @Test
    void enumsAreTheirNameAndCollectionsAndArraysACommaSeparatedList() {
        assertThat(query("states", ActionState.FINISHED)).isEqualTo("states=FINISHED");
        assertThat(query("states", List.of(ActionState.READY, ActionState.FINISHED)))
                .isEqualTo("states=READY%2CFINISHED");
        assertThat(query("states", new ActionState[] {ActionState.DNC, ActionState.DUP}))
                .isEqualTo("states=DNC%2CDUP");
        assertThat(query("label", new int[] {1, 2, 3})).isEqualTo("label=1%2C2%2C3");
        assertThat(query("label", List.of(List.of("a", "b"), "c"))).isEqualTo("label=a%2Cb%2Cc");
        assertThat(query("label", List.of("only"))).isEqualTo("label=only");
        assertThat(query("label", List.of())).isEqualTo("label=");
        assertThat(query("limit", 25)).isEqualTo("limit=25");
        assertThat(query("inbound", true)).isEqualTo("inbound=true");
    }

    @Test
    void aRepeatableOptionIsSentOncePerValue() {
        assertThat(query("id", "1")).isEqualTo("id=1");
        assertThat(query("id", 7L)).isEqualTo("id=7");
        assertThat(query("id", "1,2,3")).isEqualTo("id=1&id=2&id=3");
        assertThat(query("id", List.of(4L, 5L))).isEqualTo("id=4&id=5");
        assertThat(query("id", new long[] {6, 7})).isEqualTo("id=6&id=7");
        assertThat(query("id", new Long[] {8L, 9L})).isEqualTo("id=8&id=9");
        assertThat(query("id", Set.of(10L))).isEqualTo("id=10");
    }

    /* a comma-separated String, also inside a List, is split; blanks around values and empty values are dropped */
    @Test
    void aRepeatableStringIsSplitOnCommasAndTrimmed() {
        assertThat(query("id", " 1 , 2,,3 ,")).isEqualTo("id=1&id=2&id=3");
        assertThat(query("id", ",1")).isEqualTo("id=1");
        assertThat(query("id", List.of("1,2", 3L, new long[] {4}))).isEqualTo("id=1&id=2&id=3&id=4");
        assertThat(query("id", "")).isEmpty();
        assertThat(query("id", " , ")).isEmpty();
        assertThat(query("id", new ArrayList<>())).isEmpty();
    }

    @Test
    void optionsFollowThePathInTheOrderOfTheParameters() {
        Object[] arguments = arguments(FIND_TEXTS, "toNumber", "12135551234", "limit", 5, "batchId", 3L, "id", "1,2");

        assertThat(OperationExecutor.requestPath(FIND_TEXTS, arguments))
                .isEqualTo("/texts?batchId=3&id=1&id=2&limit=5&toNumber=12135551234");
        assertThat(OperationExecutor.requestPath(FIND_TEXTS, arguments(FIND_TEXTS))).isEqualTo("/texts");
        assertThat(OperationExecutor.requestPath(FIND_TEXTS, arguments(FIND_TEXTS, "id", "")))
                .isEqualTo("/texts");
    }

    /* path parameters go into the path, never into the query string */
    @Test
    void pathParametersAreNotRepeatedInTheQuery() {
        CallfireOperation get = CallfireOperation.GET_TEXT;
        assertThat(OperationExecutor.requestPath(get, arguments(get, "id", 42L, "fields", "id,message")))
                .isEqualTo("/texts/42?fields=id%2Cmessage");
    }

    private static String query(String option, Object value) {
        String path = OperationExecutor.requestPath(FIND_TEXTS, arguments(FIND_TEXTS, option, value));
        return path.startsWith("/texts?") ? path.substring("/texts?".length()) : path.substring("/texts".length());
    }
}
