package io.github.camelcallfire.example;

import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.model.BroadcastStatus;
import io.github.camelcallfire.model.DoNotContact;
import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.model.TextBroadcast;
import io.github.camelcallfire.model.TextBroadcastStats;
import io.github.camelcallfire.model.Webhook;
import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import io.github.camelcallfire.sandbox.webhooks.Delivery;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.github.camelcallfire.example.CallfireAccount.SANDBOX_NUMBER;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Runs the whole example on the sandbox, once with the Java DSL reply routes and once with the YAML DSL ones, each with
 * replies polled (the default) and from the InboundText webhook, and checks through the component what CallFire was
 * told to do: every text exactly, so that a reply answered twice (or a reminder sent twice) fails the test.
 */
class ReminderStoryEndToEndTest {

    private static final String ANA = "12135550101";
    private static final String BEN = "12135550102";
    private static final String CARLA = "12135550103";
    private static final String DEV = "12135550104";
    private static final List<String> PATIENTS = List.of(ANA, BEN, CARLA, DEV);

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private CamelContext client;
    private ProducerTemplate callfire;

    @BeforeEach
    void startClient() {
        CallfireSandbox sandbox = SANDBOX.sandbox();
        CallfireComponent component = new CallfireComponent();
        component.getConfiguration().setBaseUrl(sandbox.baseUrl());
        component.getConfiguration().setUsername(sandbox.username());
        component.getConfiguration().setPassword(sandbox.password());
        client = new DefaultCamelContext();
        client.addComponent("callfire", component);
        client.start();
        callfire = client.createProducerTemplate();
    }

    @AfterEach
    void stopClient() {
        client.stop();
    }

    @ParameterizedTest
    @EnumSource(ReplyRouteFlavour.class)
    void remindsAnswersEveryReplyAndAnnouncesToAllPatients(ReplyRouteFlavour flavour, @TempDir Path workDir) {
        ExampleOptions options = ExampleOptions.defaults()
                .withWorkDir(workDir).withReplyRoutes(flavour).withPollDelayMs(200);
        assertThat(options.replies()).as("polling is the default").isEqualTo(ReplySource.POLLING);
        ReminderApplication app = ReminderApplication.onSandbox(SANDBOX.sandbox(), options);

        assertTimeoutPreemptively(Duration.ofSeconds(90), app::run,
                "the story should complete by itself on the sandbox and let the application return");

        assertTheStoryHappenedExactlyOnce(app);
        assertThat(SANDBOX.sandbox().webhooks().deliveries()).as("polling registers no webhook").isEmpty();
    }

    /**
     * The same story with -Dexample.replies=webhooks: the sandbox posts each patient's reply, signed, to the
     * InboundText webhook the run registered on platform-http, and the run deletes that webhook when it ends.
     */
    @ParameterizedTest
    @EnumSource(ReplyRouteFlavour.class)
    void remindsAnswersEveryReplyAndAnnouncesToAllPatientsWithRepliesFromTheWebhook(ReplyRouteFlavour flavour,
            @TempDir Path workDir) throws Exception {
        int port = freePort();
        ExampleOptions options = ExampleOptions.defaults()
                .withWorkDir(workDir).withReplyRoutes(flavour).withPollDelayMs(200)
                .withWebhookReplies(port, "http://localhost:" + port);
        ReminderApplication app = ReminderApplication.onSandbox(SANDBOX.sandbox(), options);

        assertTimeoutPreemptively(Duration.ofSeconds(90), app::run,
                "the story should complete by itself on the sandbox and let the application return");

        assertTheStoryHappenedExactlyOnce(app);
        // every reply came through the webhook: one signed notification each, answered 200 at the first attempt
        List<Delivery> deliveries = deliveriesOnceAnswered();
        assertThat(deliveries).hasSize(PATIENTS.size()).allSatisfy(delivery -> {
            assertThat(delivery.callback()).isEqualTo("http://localhost:" + port + ReplySource.WEBHOOK_PATH);
            assertThat(delivery.webhook().name()).isEqualTo("appointment-reminders");
            assertThat(delivery.signature()).isNotNull();
            assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
            assertThat(delivery.attempts()).extracting(Delivery.Attempt::status).containsExactly(200);
        });
        assertThat(deliveries).extracting(delivery -> delivery.notification().at("/events/0/resource/id").asLong())
                .containsExactlyInAnyOrderElementsOf(inboundReplies().stream().map(Text::getId).toList());
        assertThat(webhooks()).as("the run deletes its webhook when it ends").isEmpty();
    }

    /* the route runs inside the POST: the sandbox records an attempt once the answer is back, maybe after the run */
    private static List<Delivery> deliveriesOnceAnswered() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Delivery> deliveries = SANDBOX.sandbox().webhooks().deliveries();
        while (deliveries.stream().anyMatch(delivery -> delivery.outcome() == Delivery.Outcome.PENDING)
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
            deliveries = SANDBOX.sandbox().webhooks().deliveries();
        }
        return deliveries;
    }

    private void assertTheStoryHappenedExactlyOnce(ReminderApplication app) {
        // exactly these texts, each once: a reminder or a reply answered twice fails here (anySatisfy let it pass)
        Map<String, List<String>> sent = outboundMessagesByRecipient();
        assertThat(sent).containsOnlyKeys(PATIENTS);
        assertThat(sent.get(ANA)).containsExactlyInAnyOrder(reminder("Ana", "Tue 14 May 09:30"),
                "Thanks Ana, your appointment on Tue 14 May 09:30 is confirmed.");
        assertThat(sent.get(BEN)).as("STOP is not answered with a text").containsExactly(
                reminder("Ben", "Tue 14 May 10:15"));
        assertThat(sent.get(CARLA)).containsExactlyInAnyOrder(reminder("Carla", "Tue 14 May 11:00"),
                "Riverside Clinic: reply YES to confirm your appointment or STOP to get no more texts. "
                        + "To change the time, please call us.");
        assertThat(sent.get(DEV)).containsExactlyInAnyOrder(reminder("Dev", "Tue 14 May 14:45"),
                "Thanks Dev, your appointment on Tue 14 May 14:45 is confirmed.");
        assertThat(inboundReplies()).extracting(Text::getFromNumber).containsExactlyInAnyOrderElementsOf(PATIENTS);

        DoNotContact optedOut = callfire.requestBody("callfire:dncs/get?number=" + BEN, null,
                DoNotContact.class);
        assertThat(optedOut.getText()).isTrue();
        assertThat(optedOut.getSource()).isEqualTo(ReplyActions.DNC_SOURCE);

        TextBroadcast broadcast = onlyBroadcast();
        assertThat(broadcast.getStatus()).isEqualTo(BroadcastStatus.FINISHED);
        TextBroadcastStats stats = callfire.requestBody("callfire:broadcasts/stats?id=" + broadcast.getId(),
                null, TextBroadcastStats.class);
        assertThat(stats.getTotalOutboundCount()).isEqualTo(PATIENTS.size());
        assertThat(stats.getRemainingOutboundCount()).isZero();
        assertThat(stats.getSentCount()).isEqualTo(PATIENTS.size() - 1);
        assertThat(stats.getDoNotTextCount()).as("Ben opted out").isEqualTo(1);

        assertThat(app.story().numbersWith(ReplyOutcome.CONFIRMED)).containsExactlyInAnyOrder(ANA, DEV);
        assertThat(app.story().numbersWith(ReplyOutcome.OPTED_OUT)).containsExactly(BEN);
        assertThat(app.story().numbersWith(ReplyOutcome.HELP)).containsExactly(CARLA);
    }

    /** The reminder of the seed's appointments.csv, as ReminderTexts writes it. */
    private static String reminder(String name, String time) {
        return "Hi " + name + ", Riverside Clinic reminds you of your appointment on " + time
                + ". Reply YES to confirm or STOP to opt out.";
    }

    /** Texts sent from our number outside the broadcast: reminders and answers. */
    private Map<String, List<String>> outboundMessagesByRecipient() {
        Page<Text> page = find("callfire:texts/find?inbound=false&campaignId=0&limit=100&fromNumber=" + SANDBOX_NUMBER);
        return page.getItems().stream().collect(groupingBy(Text::getToNumber, mapping(Text::getMessage, toList())));
    }

    private List<Text> inboundReplies() {
        Page<Text> page = find("callfire:texts/find?inbound=true&limit=100&toNumber=" + SANDBOX_NUMBER);
        return page.getItems();
    }

    private TextBroadcast onlyBroadcast() {
        @SuppressWarnings("unchecked")
        Page<TextBroadcast> page = callfire.requestBody("callfire:broadcasts/find", null, Page.class);
        assertThat(page.getItems()).hasSize(1);
        return page.getItems().get(0);
    }

    @SuppressWarnings("unchecked")
    private List<Webhook> webhooks() {
        return callfire.requestBody("callfire:webhooks/find", null, Page.class).getItems();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @SuppressWarnings("unchecked")
    private Page<Text> find(String uri) {
        return callfire.requestBody(uri, null, Page.class);
    }
}
