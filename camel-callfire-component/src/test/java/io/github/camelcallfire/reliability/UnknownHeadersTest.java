package io.github.camelcallfire.reliability;

import ch.qos.logback.classic.Level;
import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.CallfireTestSupport;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A misspelt {@code CamelCallfire...} header is otherwise ignored without a trace; the component warns about it, once
 * per endpoint, with the header it most likely meant. The warning is the behaviour here, so the test reads the log.
 */
class UnknownHeadersTest extends CallfireTestSupport {

    private static final String SEND = "callfire:texts/send?toNumber=12135551100";

    @Test
    void misspeltHeaderIsWarnedOnceWithTheClosestHeaderAndTheOperation() {
        Map<String, Object> headers = Map.of("CamelCallfireToNumbr", "13105550111",
                CallfireConstants.HTTP_STATUS, 200, CallfireConstants.ITEM_ID, 7L, "camelcallfireDEFAULTMESSAGE", "hi");
        try (LogCapture log = new LogCapture(Map.of("io.github.camelcallfire", Level.WARN))) {
            for (int i = 0; i < 3; i++) {
                template.requestBodyAndHeaders(SEND, "Your table is ready", headers);
            }

            assertThat(log.text().lines().filter(line -> line.contains("CamelCallfireToNumbr")))
                    .containsExactly("WARN io.github.camelcallfire.UnknownHeaders Header CamelCallfireToNumbr is not a "
                            + "header of the callfire component, so callfire:texts/send (sendTexts) ignores it. "
                            + "Did you mean CamelCallfireToNumber? (Reported once per endpoint.)");
            assertThat(log.text()).as("known headers, in any case").doesNotContain("CamelCallfireHttpStatus",
                    "CamelCallfireItemId", "camelcallfireDEFAULTMESSAGE");
        }
    }
}
