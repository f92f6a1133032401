package io.github.camelcallfire.model;

import static io.github.camelcallfire.model.ModelSample.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

class UnknownFieldsTest {

    @Test
    void keepsThemInArrivalOrderAsExactJson() throws Exception {
        Contact contact = MAPPER.readValue(
                "{\"zeta\":1,\"id\":5,\"alpha\":{\"n\":12345678901234567890},\"none\":null,\"ratio\":1.10}",
                Contact.class);

        assertThat(contact.getId()).isEqualTo(5L);
        assertThat(contact.getUnknownFields()).containsOnlyKeys("zeta", "alpha", "none", "ratio");
        assertThat(contact.getUnknownFields().keySet()).containsExactly("zeta", "alpha", "none", "ratio");
        assertThat(contact.getUnknownFields().get("alpha").get("n").bigIntegerValue())
                .hasToString("12345678901234567890");
        assertThat(contact.getUnknownFields().get("none")).isEqualTo(NullNode.getInstance());
    }

    @Test
    void canBeSetReplacedAndDroppedBeforeAnUpdate() throws Exception {
        Contact contact = MAPPER.readValue("{\"id\":5,\"legacy\":\"x\",\"tier\":1}", Contact.class);

        contact.removeUnknownField("legacy");
        contact.setUnknownField("tier", IntNode.valueOf(2));
        contact.setUnknownField("note", null);

        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(contact)))
                .isEqualTo(MAPPER.readTree("{\"id\":5,\"tier\":2,\"note\":null}"));
    }

    @Test
    void theMapIsReadOnly() {
        Contact contact = new Contact();
        contact.setUnknownField("a", TextNode.valueOf("b"));

        assertThatThrownBy(() -> contact.getUnknownFields().put("c", TextNode.valueOf("d")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new Contact().getUnknownFields().put("c", TextNode.valueOf("d")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void valueModelsCompareTheirUnknownFieldsToo() throws Exception {
        ResourceId plain = MAPPER.readValue("{\"id\":7}", ResourceId.class);
        ResourceId newer = MAPPER.readValue("{\"id\":7,\"uri\":\"/v2/contacts/7\"}", ResourceId.class);

        assertThat(plain).isEqualTo(ResourceId.of(7L)).hasSameHashCodeAs(ResourceId.of(7L));
        assertThat(newer).isNotEqualTo(plain)
                .isEqualTo(MAPPER.readValue("{\"uri\":\"/v2/contacts/7\",\"id\":7}", ResourceId.class));
    }

    @Test
    void describesThemByNameOnly() throws Exception {
        ApiCredential credential = MAPPER.readValue("{\"id\":1,\"password\":\"pw\",\"apiToken\":\"t0ps3cret\"}",
                ApiCredential.class);

        assertThat(credential.toString()).contains("unknownFields=[apiToken]").doesNotContain("t0ps3cret")
                .doesNotContain("pw");
    }
}
