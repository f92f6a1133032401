package io.github.camelcallfire.reliability;

import ch.qos.logback.classic.Level;
import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.model.ItemList;
import io.github.camelcallfire.model.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A misspelt {@code CamelCallfire...} header is otherwise ignored without a trace; the component warns about it, once
 * per endpoint, with the header it most likely meant. The warning is the behaviour here, so the test reads the log.
 */
class UnknownHeadersTest extends CallfireTestSupport {

    private static final String SEND = "callfire:texts/send?sendResult=FULL&toNumber=12135551100";

    @Test
    void misspeltHeaderIsWarnedOnceWithTheClosestHeaderAndTheOperation() {
        Map<String, Object> headers = Map.of("CamelCallfireToNumbr", "13105550111",
                CallfireConstants.HTTP_STATUS, 200, CallfireConstants.ITEM_ID, 7L, "camelcallfireDEFAULTMESSAGE", "hi");
        try (LogCapture log = new LogCapture(Level.WARN)) {
            List<Text> sent = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ItemList<?> texts = template.requestBodyAndHeaders(SEND, "Your table is ready", headers,
                        ItemList.class);
                texts.getItems().forEach(text -> sent.add((Text) text));
            }

            assertThat(log.text().lines().filter(line -> line.contains("CamelCallfireToNumbr")))
                    .containsExactly("WARN io.github.camelcallfire.UnknownHeaders Header CamelCallfireToNumbr is not a "
                            + "header of the callfire component, so callfire:texts/send (sendTexts) ignores it. "
                            + "Did you mean CamelCallfireToNumber? (Reported once per endpoint.)");
            assertThat(sent).as("sent to the endpoint's number").extracting(Text::getToNumber)
                    .containsOnly("12135551100");
            assertThat(log.text()).as("known headers, in any case").doesNotContain("CamelCallfireHttpStatus",
                    "CamelCallfireItemId", "camelcallfireDEFAULTMESSAGE");
        }
    }
}
