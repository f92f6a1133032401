package io.github.camelcallfire.consumer;

import io.github.camelcallfire.poll.UnreadablePositionException;
import io.github.camelcallfire.state.AtomicFileStateRepository;
import io.github.camelcallfire.state.UnreadableStateFileException;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A consumer whose saved position cannot be read does not start: starting over from startFrom would skip (NOW) or
 * repeat (BEGINNING) items without a word. The failure names the repository, the key and the way back.
 */
class UnreadableStateConsumerTest extends ConsumerTestSupport {

    private static final String KEY = "inbound-texts";
    private static final String INBOUND_TEXTS = "callfire:texts/find?inbound=true&toNumber=" + OUR_NUMBER
            + "&startFrom=BEGINNING&delay=20&initialDelay=0&stateKey=" + KEY + "&stateRepository=#state";

    @TempDir
    Path directory;

    private final EmittedItems emitted = new EmittedItems();

    @Test
    void aDamagedStateFileFailsTheStartAndItsPreviousGenerationResumesWithAtMostOneDuplicate() throws Exception {
        Path file = directory.resolve("callfire.state");
        List<Long> injected = new ArrayList<>(injectTexts(5, "before"));
        CamelContext first = start(INBOUND_TEXTS, new AtomicFileStateRepository(file.toString()));
        await().atMost(Duration.ofSeconds(10)).until(() -> emitted.distinct() == injected.size());
        first.stop();
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 12));
        injected.addAll(injectTexts(5, "while down"));

        assertThatThrownBy(() -> start(INBOUND_TEXTS, new AtomicFileStateRepository(file.toString())))
                .satisfies(failure -> assertThat(position(failure).getMessage())
                        .contains("callfire:texts/find cannot start")
                        .contains("AtomicFileStateRepository[" + file + "]")
                        .contains("key '" + KEY + "'")
                        .contains("State file " + file + " cannot be read: it is cut short")
                        .contains("cp '" + file + ".bak' '" + file + "'"))
                .satisfies(failure -> assertThat(position(failure)).hasCauseInstanceOf(
                        UnreadableStateFileException.class));
        assertThat(emitted.distinct()).isEqualTo(5);

        Files.copy(directory.resolve("callfire.state.bak"), file, StandardCopyOption.REPLACE_EXISTING);
        start(INBOUND_TEXTS, new AtomicFileStateRepository(file.toString()));
        await().atMost(Duration.ofSeconds(10)).until(() -> emitted.distinct() == injected.size());
        assertThat(emitted.order()).containsAll(injected).hasSizeBetween(injected.size(), injected.size() + 1);
    }

    @Test
    void aTornLineOfCamelsFileStateRepositoryFailsTheStartNamingTheFileAndTheKey() throws Exception {
        Path file = directory.resolve("camel.state");
        Files.writeString(file, KEY + "=i1|-\n" + KEY.substring(0, 6));

        assertThatThrownBy(() -> start(INBOUND_TEXTS, FileStateRepository.fileStateRepository(file.toFile())))
                .satisfies(failure -> assertThat(position(failure).getMessage())
                        .contains("callfire:texts/find cannot start")
                        .contains("FileStateRepository[" + file + "]")
                        .contains("key '" + KEY + "'")
                        .contains("StringIndexOutOfBoundsException")
                        .contains("torn last line"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "t1|1717171717000|0|-|2n9c", "t1|1717171717000|0|-|2n9c:", "t1|17171717",
        "i1|12", "garbage"})
    void aStateThatIsNotAPositionFailsTheStartAndStaysAsItWas(String state) throws Exception {
        AtomicFileStateRepository repository = new AtomicFileStateRepository(directory.resolve("s").toString());
        repository.start();
        repository.setState(KEY, state);
        injectTexts(3, "waiting");

        assertThatThrownBy(() -> start(INBOUND_TEXTS, repository))
                .satisfies(failure -> assertThat(position(failure).getMessage())
                        .contains("callfire:texts/find cannot start")
                        .contains("the state saved under key '" + KEY + "' in " + repository)
                        .contains("'" + state + "'")
                        .contains("give each route its own stateKey")
                        .contains("set another stateKey or remove the entry for key '" + KEY + "'"));
        assertThat(repository.getState(KEY)).isEqualTo(state);
        assertThat(emitted.distinct()).isZero();
    }

    @Test
    void aFindWithoutCreationTimeRefusesACreationTimePosition() {
        StateRepository<String, String> repository = new AtomicFileStateRepository(directory.resolve("s").toString());
        repository.start();
        repository.setState(KEY, "t1|1717171717000|0|-|");

        assertThatThrownBy(() -> start("callfire:contacts/find?stateKey=" + KEY + "&stateRepository=#state",
                repository))
                .satisfies(failure -> assertThat(position(failure).getMessage())
                        .contains("callfire:contacts/find cannot start")
                        .contains("Not an id watermark"));
    }

    @Test
    void startFromAPointInTimeOnAFindWithoutCreationTimeIsAnOptionErrorNotAStateError() {
        assertThatThrownBy(() -> start("callfire:contacts/find?startFrom=2024-05-01T00:00:00Z&stateRepository=#state",
                new AtomicFileStateRepository(directory.resolve("s").toString())))
                .satisfies(failure -> assertThat(messages(failure))
                        .contains("needs a find that filters by creation time")
                        .doesNotContain("state saved"));
    }

    private CamelContext start(String uri, StateRepository<String, String> repository) throws Exception {
        CamelContext context = createContext();
        context.getRegistry().bind("state", repository);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("consumer").process(emitted);
            }
        });
        context.start();
        return context;
    }

    private static String messages(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }

    private static UnreadablePositionException position(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadablePositionException position) {
                return position;
            }
        }
        throw new AssertionError("no UnreadablePositionException in the chain", failure);
    }
}
