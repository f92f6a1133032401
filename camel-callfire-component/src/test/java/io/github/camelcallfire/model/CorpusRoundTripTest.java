package io.github.camelcallfire.model;

import static io.github.camelcallfire.model.ModelSample.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every answer and request body of the corpus, read into its model and written back, equals its input as a JSON
 * tree. The corpus is our own: samples shaped like the answers the official client records (same fields, nesting and
 * value styles, our values), plus values a newer CallFire may send — {@code ""} and unknown enum texts. Under
 * {@code future/} the samples also carry fields no model knows, at every level; they must come back too.
 * <p>
 * A file's name says its type: {@code Contact.get.json}, {@code Page-Contact.find.json} (envelope and item),
 * {@code List-TextRecipient.send.json} (a JSON array).
 */
class CorpusRoundTripTest {

    /*
     * Numbers compare by value: a Double field writes the JSON integer 2015 back as 2015.0, the same JSON number.
     * Everything else compares exactly, and numbers of unknown fields come back in their own form anyway.
     */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    static List<Path> knownFields() {
        return samples(corpus());
    }

    static List<Path> newerFields() {
        return samples(corpus().resolve("future"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownFields")
    void readsAndWritesBackEverySampleUnchanged(Path sample) throws IOException {
        Object model = MAPPER.readValue(sample.toFile(), typeOf(sample));

        assertThat(KeptFields.in(model)).as("fields without a typed home").isEmpty();
        assertSameTree(MAPPER.writeValueAsString(model), sample);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("newerFields")
    void keepsFieldsOfANewerApiAndWritesThemBackUnchanged(Path sample) throws IOException {
        Object model = MAPPER.readValue(sample.toFile(), typeOf(sample));

        assertThat(KeptFields.in(model)).as("kept unknown fields").isNotEmpty();
        assertSameTree(MAPPER.writeValueAsString(model), sample);
    }

    @Test
    void coversTheShapesOfTheOfficialClientsRecordedAnswers() {
        // one or more samples per kind of recorded answer: get, find, send, create, upload
        assertThat(knownFields()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(newerFields()).hasSizeGreaterThanOrEqualTo(5);
    }

    private static void assertSameTree(String written, Path sample) throws IOException {
        JsonNode expected = MAPPER.readTree(sample.toFile());
        JsonNode actual = MAPPER.readTree(written);
        assertThat(actual.equals(SAME_VALUE, expected))
                .as("%s written back as%n%s%nbut was read from%n%s", sample.getFileName(), actual.toPrettyString(),
                        expected.toPrettyString())
                .isTrue();
    }

    /** {@code Page-Contact.find.json} is a {@code Page<Contact>}; see the class comment. */
    static JavaType typeOf(Path sample) {
        String[] names = sample.getFileName().toString().split("\\.")[0].split("-");
        TypeFactory types = TypeFactory.defaultInstance();
        Class<?> first = modelClass(names[0]);
        if (names.length == 1) {
            return types.constructType(first);
        }
        return first == List.class ? types.constructCollectionType(List.class, modelClass(names[1]))
                : types.constructParametricType(first, modelClass(names[1]));
    }

    private static Class<?> modelClass(String simpleName) {
        if (simpleName.equals("List")) {
            return List.class;
        }
        try {
            return Class.forName(CallfireModel.class.getPackageName() + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("No model " + simpleName + " for a corpus file", e);
        }
    }

    private static Path corpus() {
        try {
            return Path.of(CorpusRoundTripTest.class.getResource("corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> samples(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + directory, e);
        }
    }
}
