package io.github.camelcallfire.operation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.github.camelcallfire.operation.CallfireOperation.FIND_TEXTS;
import static io.github.camelcallfire.operation.CallfireOperation.SEND_TEXTS;
import static io.github.camelcallfire.operation.SandboxEngine.arguments;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * RecentPaths hands out the path it built last while the values in the URL stay the same, and never a stale one: each
 * answer must equal the path built anew from the same arguments.
 */
class RecentPathsTest {

    private final RecentPaths paths = new RecentPaths();

    @Test
    void theSameUrlValuesGiveTheKeptPathWhateverTheOtherValues() {
        String first = paths.path(SEND_TEXTS, arguments(SEND_TEXTS, "toNumber", "12135551100", "fields", "items(id)"));
        String again = paths.path(SEND_TEXTS, arguments(SEND_TEXTS, "toNumber", "12135551101", "fields", "items(id)"));

        assertThat(first).isEqualTo("/texts?fields=items%28id%29");
        assertThat(again).isSameAs(first);
    }

    @Test
    void aChangedUrlValueGivesANewPath() {
        for (String[] values : new String[][] {{"12135551100", "true"}, {"12135551100", "false"},
                {"12135551101", "false"}, {"12135551101", "false"}, {"12135551100", "true"}}) {
            Object[] arguments = arguments(FIND_TEXTS, "toNumber", values[0], "inbound", values[1]);

            assertThat(paths.path(FIND_TEXTS, arguments))
                    .isEqualTo(OperationExecutor.requestPath(FIND_TEXTS, arguments))
                    .contains("toNumber=" + values[0], "inbound=" + values[1]);
        }
    }

    @Test
    void aValueChangedInPlaceIsNeverServedStale() {
        List<String> ids = new ArrayList<>(List.of("1"));
        Object[] arguments = arguments(FIND_TEXTS, "id", ids);

        String before = paths.path(FIND_TEXTS, arguments);
        ids.add("2");
        String after = paths.path(FIND_TEXTS, arguments);

        assertThat(before).isEqualTo("/texts?id=1");
        assertThat(after).isEqualTo(OperationExecutor.requestPath(FIND_TEXTS, arguments)).isEqualTo("/texts?id=1&id=2");
    }

    @Test
    void operationsKeepTheirPathsApart() {
        String find = paths.path(FIND_TEXTS, arguments(FIND_TEXTS, "fields", "items(id)"));
        String send = paths.path(SEND_TEXTS, arguments(SEND_TEXTS, "fields", "items(id)"));

        assertThat(find).isEqualTo("/texts?fields=items%28id%29");
        assertThat(send).isEqualTo("/texts?fields=items%28id%29");
        assertThat(paths.path(FIND_TEXTS, arguments(FIND_TEXTS, "fields", "items(id)"))).isSameAs(find);
    }
}
