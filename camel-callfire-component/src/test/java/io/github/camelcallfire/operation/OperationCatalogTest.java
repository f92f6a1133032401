package io.github.camelcallfire.operation;

import io.github.camelcallfire.model.BroadcastType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Resolving an endpoint's {@code api/method}: broadcast operations by their type, errors that list what is valid. */
class OperationCatalogTest {

    @Test
    void theBroadcastTypePicksTheVariant() {
        assertThat(OperationCatalog.resolve("broadcasts", "start", BroadcastType.CALL))
                .isEqualTo(CallfireOperation.START_VOICE_BROADCAST);
        assertThat(OperationCatalog.resolve("broadcasts", "start", BroadcastType.TEXT))
                .isEqualTo(CallfireOperation.START_TEXT_BROADCAST);
        assertThat(OperationCatalog.resolve("broadcasts", "start", null))
                .isEqualTo(CallfireOperation.START_TEXT_BROADCAST);
    }

    /* the list names the methods of that type only, sorted */
    @Test
    void aMethodOfTheOtherBroadcastTypeIsRefusedListingTheValidOnes() {
        assertThatThrownBy(() -> OperationCatalog.resolve("broadcasts", "get-calls", BroadcastType.TEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Operation callfire:broadcasts/get-calls does not exist for broadcastType=TEXT. Valid for "
                        + "TEXT: add-batch, add-recipients, archive, create, find, get, get-batches, get-texts, start, "
                        + "stats, stop, toggle-recipients-status, update");
        assertThatThrownBy(() -> OperationCatalog.resolve("broadcasts", "get-texts", BroadcastType.CALL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("Valid for CALL: add-batch, add-recipients, archive, create, find, get, "
                        + "get-batches, get-calls, start, stats, stop, toggle-recipients-status, update");
    }
}
