package io.github.camelcallfire.operation;

import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.camelcallfire.model.Account;
import io.github.camelcallfire.model.Contact;
import io.github.camelcallfire.model.ItemList;
import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.model.ResourceId;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.model.TextRecipient;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.camelcallfire.operation.OperationParam.form;
import static io.github.camelcallfire.operation.OperationParam.local;
import static io.github.camelcallfire.operation.OperationParam.path;
import static io.github.camelcallfire.operation.OperationParam.query;
import static io.github.camelcallfire.operation.OperationParam.repeated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The factories the operation table is written with. They run only while {@code CallfireOperation} is initialised,
 * so a test that calls them is what catches a factory that builds the wrong spec (found by mutation testing: PIT's
 * mutants of these methods survived because the enum was initialised before the mutant was swapped in).
 */
class OperationSpecFactoriesTest {

    private static final TypeFactory TYPES = TypeFactory.defaultInstance();

    @Test
    void bodySpecsSayHowTheBodyTravels() {
        assertThat(BodySpec.noBody().kind()).isEqualTo(BodySpec.Kind.NONE);
        assertThat(BodySpec.noBody().type()).isNull();
        assertThat(BodySpec.noBody().describe()).isEmpty();

        BodySpec json = BodySpec.json(Contact.class);
        assertThat(json.kind()).isEqualTo(BodySpec.Kind.JSON);
        assertThat(json.type()).isEqualTo(Contact.class);
        assertThat(json.describe()).isEqualTo("Contact");

        BodySpec array = BodySpec.jsonArray(TextRecipient.class);
        assertThat(array.kind()).isEqualTo(BodySpec.Kind.JSON_ARRAY);
        assertThat(array.type()).isEqualTo(TextRecipient.class);
        assertThat(array.describe()).isEqualTo("List<TextRecipient>");

        assertThat(BodySpec.multipart().kind()).isEqualTo(BodySpec.Kind.MULTIPART);
        assertThat(BodySpec.multipart().type()).isNull();
        assertThat(BodySpec.multipart().describe()).isEqualTo("file (File, Path, byte[], InputStream)");
    }

    @Test
    void paramFactoriesSayWhereTheValueGoesAndWhetherItIsRequired() {
        assertParam(path("id"), "id", ParamLocation.PATH, true, false, "CamelCallfireId");
        assertParam(query("limit"), "limit", ParamLocation.QUERY, false, false, "CamelCallfireLimit");
        assertParam(repeated("number"), "number", ParamLocation.QUERY, false, true, "CamelCallfireNumber");
        assertParam(form("name"), "name", ParamLocation.FORM, false, false, "CamelCallfireName");
        assertParam(local("fileName"), "fileName", ParamLocation.LOCAL, false, false, "CamelCallfireFileName");
    }

    @Test
    void resultSpecsSayHowTheAnswerIsRead() {
        assertResult(ResultSpec.noContent(), ResultSpec.Kind.NONE, null, "(none)",
                TYPES.constructType(Object.class));
        assertResult(ResultSpec.object(Account.class), ResultSpec.Kind.OBJECT, Account.class, "Account",
                TYPES.constructType(Account.class));
        assertResult(ResultSpec.page(Text.class), ResultSpec.Kind.PAGE, Text.class, "Page<Text>",
                TYPES.constructParametricType(Page.class, Text.class));
        assertResult(ResultSpec.itemList(ResourceId.class), ResultSpec.Kind.ITEM_LIST, ResourceId.class,
                "ItemList<ResourceId>", TYPES.constructParametricType(ItemList.class, ResourceId.class));
        assertResult(ResultSpec.createdId(), ResultSpec.Kind.CREATED_ID, ResourceId.class, "ResourceId",
                TYPES.constructType(ResourceId.class));
        assertResult(ResultSpec.bool(), ResultSpec.Kind.BOOLEAN, Boolean.class, "Boolean",
                TYPES.constructType(Boolean.class));
        assertResult(ResultSpec.binary(), ResultSpec.Kind.BINARY, null, "InputStream",
                TYPES.constructType(Object.class));
    }

    /* the named slot is found wherever it stands among the params, not only first */
    @Test
    void compiledTemplateFillsEachSlotWithItsOwnParameter() {
        PathTemplate template = PathTemplate.compile("/calls/{id}/recordings/{name}.mp3",
                List.of(query("fields"), path("id"), query("limit"), path("name")));

        StringBuilder built = new StringBuilder();
        template.appendTo(built, new Object[] {"id,name", 12, 5, "a b"});

        assertThat(built).hasToString("/calls/12/recordings/a%20b.mp3");
        assertThat(template).hasToString("/calls/{id}/recordings/{name}.mp3");
    }

    @Test
    void compiledTemplateWithoutSlotsIsItsText() {
        PathTemplate template = PathTemplate.compile("/me/account", List.of(query("fields")));

        StringBuilder built = new StringBuilder("x");
        template.appendTo(built, new Object[] {"id"});

        assertThat(built).hasToString("x/me/account");
    }

    @Test
    void compiledTemplateKeepsAdjacentSlotsApart() {
        PathTemplate template = PathTemplate.compile("/{a}{b}/", List.of(path("b"), path("a")));

        StringBuilder built = new StringBuilder();
        template.appendTo(built, new Object[] {"B", "A"});

        assertThat(built).hasToString("/AB/");
    }

    /* the table's templates all start with '/', but compile does not rely on it */
    @Test
    void compiledTemplateMayStartWithASlot() {
        PathTemplate template = PathTemplate.compile("{name}.mp3", List.of(path("name")));

        StringBuilder built = new StringBuilder();
        template.appendTo(built, new Object[] {"greeting"});

        assertThat(built).hasToString("greeting.mp3");
    }

    @Test
    void aSlotThatIsNoParameterIsRefusedNamingIt() {
        assertThatThrownBy(() -> PathTemplate.compile("/texts/{id}", List.of(query("fields"), path("ids"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Path /texts/{id} uses {id} which is no parameter");
    }

    private static void assertParam(OperationParam param, String name, ParamLocation location, boolean required,
                                    boolean repeatable, String header) {
        assertThat(param.name()).isEqualTo(name);
        assertThat(param).hasToString(name);
        assertThat(param.location()).as(name).isEqualTo(location);
        assertThat(param.required()).as(name).isEqualTo(required);
        assertThat(param.repeatable()).as(name).isEqualTo(repeatable);
        assertThat(param.headerName()).isEqualTo(header);
    }

    private static void assertResult(ResultSpec spec, ResultSpec.Kind kind, Class<?> type, String description,
                                     com.fasterxml.jackson.databind.JavaType javaType) {
        assertThat(spec.kind()).isEqualTo(kind);
        assertThat(spec.type()).as(description).isEqualTo(type);
        assertThat(spec.describe()).isEqualTo(description);
        assertThat(spec.javaType(TYPES)).as(description).isEqualTo(javaType);
    }
}
