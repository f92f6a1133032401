package io.github.camelcallfire.state;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFileStateRepositoryTest {

    @TempDir
    Path directory;

    private final List<AtomicFileStateRepository> opened = new ArrayList<>();

    @AfterEach
    void stopAll() {
        opened.forEach(AtomicFileStateRepository::stop);
    }

    private AtomicFileStateRepository open(Path file) {
        AtomicFileStateRepository repository = new AtomicFileStateRepository(file.toString());
        opened.add(repository);
        repository.start();
        return repository;
    }

    private Path file() {
        return directory.resolve("callfire.state");
    }

    @Test
    void keysAndValuesWithAnyCharacterComeBackAfterARestart() {
        Map<String, String> odd = new LinkedHashMap<>();
        odd.put("callfire:texts/find?inbound:true&toNumber:12135550100", "t1|1717171717000|0|-|2n9c:0,2n9d:3");
        odd.put("with=equals\nand line\r\nbreaks", "value=with\nnewline\n");
        odd.put("", "empty key");
        odd.put("empty value", "");
        odd.put("unicode \u00e9\u4e2d\uD83D\uDE00", "\u0000\u0001 control and \uD83D\uDE00 emoji\n");
        odd.put("crc32 00000000", "camel-callfire-state 1\ncrc32 00000000\n");
        odd.put("long", "x".repeat(200_000));
        AtomicFileStateRepository first = open(file());
        odd.forEach(first::setState);
        first.stop();

        AtomicFileStateRepository second = open(file());
        odd.forEach((key, value) -> assertThat(second.getState(key)).isEqualTo(value));
        assertThat(second.getState("never written")).isNull();
    }

    @Test
    void theLatestValueOfAKeyWins() {
        AtomicFileStateRepository repository = open(file());
        repository.setState("position", "1");
        repository.setState("other", "a");
        repository.setState("position", "2");
        repository.stop();

        AtomicFileStateRepository reopened = open(file());
        assertThat(reopened.getState("position")).isEqualTo("2");
        assertThat(reopened.getState("other")).isEqualTo("a");
    }

    @Test
    void aMissingFileIsAFreshStartInADirectoryCreatedOnDemand() {
        Path nested = directory.resolve("a/b/callfire.state");
        AtomicFileStateRepository repository = open(nested);
        assertThat(repository.getState("position")).isNull();
        repository.setState("position", "1");
        assertThat(nested).exists();
    }

    @Test
    void theFileIsPlainTextEndingWithItsCrc32() throws Exception {
        open(file()).setState("inbound-texts", "t1|1717171717000|0|-|2n9c:0,2n9d:3");
        assertThat(Files.readString(file())).isEqualTo("camel-callfire-state 1\nentries 1\nkey 13\ninbound-texts\n"
                + "value 34\nt1|1717171717000|0|-|2n9c:0,2n9d:3\ncrc32 97eda6f8\n");
    }

    @Test
    void anEmptyFileFailsTheStartInsteadOfStartingOver() throws Exception {
        Files.createFile(file());
        assertThatThrownBy(() -> open(file()))
                .isInstanceOf(UnreadableStateFileException.class)
                .hasMessageContaining("State file " + file() + " cannot be read: it is empty")
                .hasMessageContaining("delete '" + file() + "' to start over");
    }

    @Test
    void aFileCutShortAtAnyLengthFailsTheStart() throws Exception {
        byte[] whole = written(Map.of("position", "t1|1717171717000|0|-|2n9c:0", "send:campaign-1", "sent=3"));
        for (int length = 0; length < whole.length; length++) {
            Files.write(file(), Arrays.copyOf(whole, length));
            assertThatThrownBy(() -> open(file())).as("cut to %d of %d bytes", length, whole.length)
                    .isInstanceOf(UnreadableStateFileException.class)
                    .hasMessageContaining(file().toString())
                    .hasMessageContaining("To recover");
        }
    }

    @Test
    void aChangeOfAnySingleByteFailsTheStart() throws Exception {
        byte[] whole = written(Map.of("position", "i1|123456", "send:campaign-1", "sent=3"));
        for (int at = 0; at < whole.length; at++) {
            for (int flip : new int[] {0x01, 0x20, 0xff}) {
                byte[] damaged = whole.clone();
                damaged[at] ^= (byte) flip;
                Files.write(file(), damaged);
                assertThatThrownBy(() -> open(file())).as("byte %d xor %x", at, flip)
                        .isInstanceOf(UnreadableStateFileException.class);
            }
        }
    }

    @Test
    void aFileOfAnotherProgramOrFormatIsNamedAsSuch() throws Exception {
        Files.writeString(file(), "inbound-texts=t1|1717171717000|0|-|\n");
        assertThatThrownBy(() -> open(file())).hasMessageContaining("it is not a camel-callfire state file");

        Files.writeString(file(), "camel-callfire-state 2\nentries 0\ncrc32 00000000\n");
        assertThatThrownBy(() -> open(file())).hasMessageContaining("it is in another format than "
                + "'camel-callfire-state 1'");
    }

    @Test
    void theFailureOffersThePreviousGenerationWhichRestoresTheStateOneWriteOlder() throws Exception {
        AtomicFileStateRepository repository = open(file());
        repository.setState("inbound-texts", "older");
        repository.setState("inbound-texts", "newer");
        repository.stop();
        Path previous = directory.resolve("callfire.state.bak");
        byte[] whole = Files.readAllBytes(file());
        Files.write(file(), Arrays.copyOf(whole, whole.length - 3));

        assertThatThrownBy(() -> open(file()))
                .hasMessageContaining("it is cut short")
                .hasMessageContaining("cp '" + previous + "' '" + file() + "'")
                .hasMessageContaining("[inbound-texts]");

        Files.copy(previous, file(), StandardCopyOption.REPLACE_EXISTING);
        assertThat(open(file()).getState("inbound-texts")).isEqualTo("older");
    }

    @Test
    void theFailureSaysWhenThePreviousGenerationIsMissingOrDamagedToo() throws Exception {
        Files.createFile(file());
        assertThatThrownBy(() -> open(file())).hasMessageContaining("there is no previous generation");

        Files.writeString(directory.resolve("callfire.state.bak"), "camel-callfire-state 1\n");
        assertThatThrownBy(() -> open(file()))
                .hasMessageContaining("The previous generation '" + directory.resolve("callfire.state.bak")
                        + "' cannot be read either (it is cut short or damaged");
    }

    @Test
    void aStrayTemporaryFileOfAnInterruptedWriteIsIgnoredAndOverwritten() throws Exception {
        AtomicFileStateRepository repository = open(file());
        repository.setState("position", "1");
        repository.stop();
        Files.writeString(directory.resolve("callfire.state.tmp"), "camel-callfire-st");
        Files.writeString(directory.resolve("callfire.state.bak.tmp"), "garbage");

        AtomicFileStateRepository reopened = open(file());
        assertThat(reopened.getState("position")).isEqualTo("1");
        reopened.setState("position", "2");
        reopened.stop();
        assertThat(open(file()).getState("position")).isEqualTo("2");
        assertThat(directory.resolve("callfire.state.tmp")).doesNotExist();
    }

    @Test
    void writesFromManyThreadsAllReachTheFile() throws Exception {
        AtomicFileStateRepository repository = open(file());
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> writers = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            String key = "key-" + thread;
            writers.add(threads.submit(() -> {
                for (int i = 1; i <= 25; i++) {
                    repository.setState(key, String.valueOf(i));
                }
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        threads.shutdown();
        repository.stop();

        AtomicFileStateRepository reopened = open(file());
        for (int thread = 0; thread < 8; thread++) {
            assertThat(reopened.getState("key-" + thread)).isEqualTo("25");
        }
    }

    @Test
    void refusesWhatItCouldNotStoreFaithfully() {
        AtomicFileStateRepository repository = open(file());
        assertThatThrownBy(() -> repository.setState("lone \uD83D surrogate", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lone surrogate");
        assertThatThrownBy(() -> repository.setState("key", null)).isInstanceOf(NullPointerException.class);
        assertThat(repository.getState("lone \uD83D surrogate")).isNull();
    }

    @Test
    void aStoppedRepositorySaysSoAndTheNextStartReadsTheFileAgain() throws Exception {
        AtomicFileStateRepository repository = open(file());
        repository.setState("position", "mine");
        repository.stop();
        assertThatThrownBy(() -> repository.getState("position"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not started");

        AtomicFileStateRepository otherNode = open(file());
        otherNode.setState("position", "the other node's");
        otherNode.stop();
        repository.start();
        assertThat(repository.getState("position")).isEqualTo("the other node's");
    }

    private byte[] written(Map<String, String> entries) throws Exception {
        AtomicFileStateRepository repository = open(file());
        entries.forEach(repository::setState);
        repository.stop();
        byte[] bytes = Files.readAllBytes(file());
        Files.deleteIfExists(directory.resolve("callfire.state.bak"));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("camel-callfire-state 1\n");
        return bytes;
    }
}
