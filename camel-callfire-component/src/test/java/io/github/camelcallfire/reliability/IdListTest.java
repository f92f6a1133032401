package io.github.camelcallfire.reliability;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.model.Contact;
import io.github.camelcallfire.model.ItemList;
import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.model.ResourceId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Options that take several ids accept them separated by commas, with or without spaces around each id. */
class IdListTest extends CallfireTestSupport {

    @Test
    void listOfIdsToleratesSpacesAroundCommas() {
        @SuppressWarnings("unchecked")
        ItemList<ResourceId> created = template.requestBody("callfire:contacts/create", List.of(
                Map.of("firstName", "Ada", "homePhone", "12135551801"),
                Map.of("firstName", "Alan", "homePhone", "12135551802"),
                Map.of("firstName", "Grace", "homePhone", "12135551803")), ItemList.class);
        long ada = created.getItems().get(0).getId();
        long grace = created.getItems().get(2).getId();

        Page<?> found = template.requestBodyAndHeader("callfire:contacts/find", null, CallfireConstants.ID,
                " " + ada + " , " + grace + " ", Page.class);

        assertThat(found.getItems()).extracting(item -> ((Contact) item).getFirstName())
                .containsExactlyInAnyOrder("Ada", "Grace");
    }
}
