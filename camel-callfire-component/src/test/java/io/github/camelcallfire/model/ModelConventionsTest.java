package io.github.camelcallfire.model;

import static io.github.camelcallfire.model.ModelSample.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules every model obeys, checked over the whole package so a new class cannot slip past them. */
class ModelConventionsTest {

    private static final String FUTURE_FIELDS = """
            {"fieldFromTheFuture":{"nested":[1,2,{"deep":true}]},"anotherNewField":"x","id2":null}
            """;

    static List<Class<?>> concreteModels() {
        return ModelPackage.concreteModels();
    }

    @Test
    void findsTheModelPackage() {
        assertThat(concreteModels()).contains(Text.class, Call.class, Page.class, ItemList.class)
                .hasSizeGreaterThan(60);
    }

    @Test
    void everyConcreteModelHasARoundTripSample() {
        List<Class<?>> sampled = Stream.of(TextsAndCallsModelTest.samples(), BroadcastModelTest.samples(),
                        ContactModelTest.samples(), NumbersAndKeywordsModelTest.samples(),
                        AccountAndPlatformModelTest.samples(), EnvelopeModelTest.samples())
                .flatMap(List::stream)
                .<Class<?>>map(ModelSample::modelClass)
                .toList();

        assertThat(sampled).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(concreteModels());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("concreteModels")
    void keepsFieldsItDoesNotKnowAndWritesThemBack(Class<?> model) throws Exception {
        Object read = MAPPER.readValue(FUTURE_FIELDS, model);

        assertThat(read).isInstanceOf(CallfireModel.class);
        assertThat(((CallfireModel) read).getUnknownFields())
                .containsOnlyKeys("fieldFromTheFuture", "anotherNewField", "id2");
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(read))).isEqualTo(MAPPER.readTree(FUTURE_FIELDS));
        assertThat(read.toString()).contains("unknownFields=[fieldFromTheFuture, anotherNewField, id2]")
                .doesNotContain("deep");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("concreteModels")
    void describesItsWireShapeByFieldsNotGetters(Class<?> model) {
        assertThat(model).isAssignableTo(CallfireModel.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("concreteModels")
    void omitsUnsetFieldsWhenWritten(Class<?> model) throws Exception {
        Object empty = model.getDeclaredConstructor().newInstance();

        assertThat(MAPPER.writeValueAsString(empty)).isEqualTo("{}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("concreteModels")
    void declaresItsLeniencyItselfRatherThanRelyingOnTheMapper(Class<?> model) {
        assertThat(model.getAnnotation(JsonIgnoreProperties.class).ignoreUnknown()).isTrue();
        assertThat(model.getAnnotation(JsonInclude.class).value()).isEqualTo(JsonInclude.Include.NON_NULL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("concreteModels")
    void describesAnEmptyModelByItsNameOnly(Class<?> model) throws Exception {
        Object empty = model.getDeclaredConstructor().newInstance();

        assertThat(empty).hasToString(model.getSimpleName() + "{}");
    }
}
