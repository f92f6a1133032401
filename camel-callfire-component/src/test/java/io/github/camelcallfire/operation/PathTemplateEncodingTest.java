package io.github.camelcallfire.operation;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Path segments and query values are encoded as they always were: left as they are when made of RFC 3986 unreserved
 * characters only, else exactly as URLEncoder does, with a space as %20.
 */
class PathTemplateEncodingTest {

    @Property(tries = 2000)
    void encodesLikeUrlEncoderWithSpacesAsPercent20UnlessAllUnreserved(@ForAll("values") String value) {
        assertThat(PathTemplate.encode(value)).isEqualTo(urlEncoder(value));
    }

    @Example
    void encodesTheValuesSendsUse() {
        assertThat(PathTemplate.encode("items(id)")).isEqualTo("items%28id%29");
        assertThat(PathTemplate.encode("Bulk benchmark message")).isEqualTo("Bulk%20benchmark%20message");
        assertThat(PathTemplate.encode("12135551100")).isEqualTo("12135551100");
        assertThat(PathTemplate.encode("a~b")).isEqualTo("a~b");
        assertThat(PathTemplate.encode("~")).isEqualTo("~");
        assertThat(PathTemplate.encode("a~b c*+")).isEqualTo("a%7Eb%20c*%2B");
        assertThat(PathTemplate.encode("caf\u00e9 \ud83d\ude00 \ud83d")).isEqualTo(urlEncoder("caf\u00e9 \ud83d\ude00 \ud83d"));
    }

    /* the first and last character of each unreserved range keeps a following '~' as it is (found by mutation testing) */
    @Example
    void leavesValuesOfRangeEdgesAndTildeAsTheyAre() {
        for (String value : new String[] {"a~", "z~", "A~", "Z~", "0~", "9~", "-~", "_~", ".~"}) {
            assertThat(PathTemplate.encode(value)).as(value).isEqualTo(value);
        }
        for (String value : new String[] {"`~", "{~", "@~", "[~", "/~", ":~"}) {
            assertThat(PathTemplate.encode(value)).as(value).isEqualTo(urlEncoder(value)).endsWith("%7E");
        }
    }

    @Provide
    Arbitrary<String> values() {
        // ASCII punctuation, Latin-1, other BMP characters and surrogates (paired and lone), mixed
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20),
                Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u00ff')
                        .withCharRange('\ud800', '\udfff').withChars("~*+ ").ofMaxLength(20),
                Arbitraries.strings().all().ofMaxLength(20));
    }

    private static String urlEncoder(String value) {
        if (value.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~')) {
            return value;
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
