package io.github.camelcallfire.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcallfire.http.CallfireJson;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IdsAnswer reads the ids-only answer of a send without Jackson; it must never read anything differently from
 * Jackson: CallFire's form is read whole, and any answer it takes, however mangled, gives what Jackson reads from it.
 */
class IdsAnswerTest {

    private static final ObjectMapper JSON = CallfireJson.newObjectMapper();

    @Property(tries = 300)
    void callfiresFormIsReadWhole(@ForAll("idLists") List<Long> ids) {
        byte[] answer = canonical(ids).getBytes(StandardCharsets.UTF_8);

        SendResults.Chunk chunk = IdsAnswer.scan(answer, answer.length, true);

        assertThat(chunk).isNotNull();
        assertThat(chunk.count()).isEqualTo(ids.size());
        assertThat(chunk.ids()).containsExactly(ids.stream().mapToLong(Long::longValue).toArray());
        assertThat(IdsAnswer.scan(answer, answer.length, false).ids()).isNull();
    }

    @Property(tries = 2000)
    void whatItTakesJacksonReadsTheSame(@ForAll("mangledAnswers") String text) {
        byte[] answer = text.getBytes(StandardCharsets.UTF_8);

        SendResults.Chunk chunk = IdsAnswer.scan(answer, answer.length, true);

        if (chunk != null) {
            List<Long> jacksonIds = jacksonIds(answer);
            assertThat(jacksonIds).as("Jackson reads %s as ids", text).isNotNull();
            assertThat(chunk.ids()).containsExactly(jacksonIds.stream().mapToLong(Long::longValue).toArray());
        }
    }

    @Property(tries = 100)
    void anAnswerCutShortIsNotTaken(@ForAll("idLists") List<Long> ids) {
        byte[] answer = canonical(ids).getBytes(StandardCharsets.UTF_8);

        for (int length = 0; length < answer.length; length++) {
            assertThat(IdsAnswer.scan(answer, length, true)).isNull();
        }
    }

    /* the ids of {"items":[{"id":..},..]} as Jackson reads them; null when it is not that */
    private static List<Long> jacksonIds(byte[] answer) {
        try {
            JsonNode tree = JSON.readTree(answer);
            if (tree == null || !tree.isObject() || tree.size() != 1 || !tree.path("items").isArray()) {
                return null;
            }
            List<Long> ids = new ArrayList<>();
            for (JsonNode item : tree.get("items")) {
                if (item.size() != 1 || !item.path("id").canConvertToLong() || !item.path("id").isIntegralNumber()) {
                    return null;
                }
                ids.add(item.get("id").longValue());
            }
            return ids;
        } catch (Exception notJson) {
            return null;
        }
    }

    private static String canonical(List<Long> ids) {
        return ids.stream().map(id -> "{\"id\":" + id + "}").collect(Collectors.joining(",", "{\"items\":[", "]}"));
    }

    @Provide
    Arbitrary<List<Long>> idLists() {
        return Arbitraries.longs().between(0, 999_999_999_999_999_999L).list().ofMaxSize(40);
    }

    /* CallFire's form with one change: a character inserted, dropped or replaced anywhere, or a longer number */
    @Provide
    Arbitrary<String> mangledAnswers() {
        Arbitrary<String> canonical = idLists().map(IdsAnswerTest::canonical);
        Arbitrary<Character> characters = Arbitraries.of('0', '1', '9', '-', '+', '.', 'e', ' ', '\n', ',', ':', '"',
                '{', '}', '[', ']', 'x');
        return Combinators.combine(canonical, Arbitraries.integers().between(0, 1000), characters,
                Arbitraries.integers().between(0, 2)).as((text, where, character, how) -> {
                    int at = where % (text.length() + 1);
                    return switch (how) {
                        case 0 -> text.substring(0, at) + character + text.substring(at);
                        case 1 -> at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
                        default -> at < text.length() ? text.substring(0, at) + character + text.substring(at + 1)
                                : text + character;
                    };
                });
    }
}
