package io.github.camelcallfire.example;

import io.github.camelcallfire.sandbox.CallfireSandbox;
import org.apache.camel.main.Main;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Appointment reminders with camel-callfire. Without CALLFIRE_USERNAME/CALLFIRE_PASSWORD it starts an embedded
 * CallFire sandbox, seeds a reminders CSV and simulates the patients' handsets, so the whole story runs by itself and
 * the application exits when it is complete ({@code -Dexample.keepRunning=true} keeps it polling).
 */
public final class ReminderApplication {

    private static final Logger LOG = LoggerFactory.getLogger("reminders");
    /** How long sandbox texts stay READY before they are delivered: long enough to watch the broadcast progress. */
    private static final long SANDBOX_DELIVERY_MS = 1000;

    private final CallfireAccount account;
    private final ExampleOptions options;
    private final CallfireSandbox sandbox;
    private final ReminderStory story = new ReminderStory();

    private ReminderApplication(CallfireAccount account, ExampleOptions options, CallfireSandbox sandbox) {
        this.account = account;
        this.options = options;
        this.sandbox = sandbox;
    }

    /** The example against the CallFire account in {@code account}: no seed data, no simulated handsets. */
    public static ReminderApplication onCallfire(CallfireAccount account, ExampleOptions options) {
        return new ReminderApplication(account, options, null);
    }

    /** The example on a running sandbox, which also plays the patients' handsets. */
    public static ReminderApplication onSandbox(CallfireSandbox sandbox, ExampleOptions options) {
        return new ReminderApplication(CallfireAccount.ofSandbox(sandbox), options, sandbox);
    }

    public static void main(String[] args) throws Exception {
        ExampleOptions options = ExampleOptions.from(System.getProperties());
        Optional<CallfireAccount> account = CallfireAccount.fromEnvironment(System.getenv());
        if (account.isPresent()) {
            onCallfire(account.get(), options).run();
            return;
        }
        try (CallfireSandbox sandbox = CallfireSandbox.builder().port(0).actionDelayMs(SANDBOX_DELIVERY_MS).start()) {
            LOG.info("No CALLFIRE_USERNAME/CALLFIRE_PASSWORD set: running on the embedded CallFire sandbox at {}",
                    sandbox.baseUrl());
            onSandbox(sandbox, options).run();
        }
    }

    /** Runs the routes until the story is complete (or, with keepRunning, until the JVM is asked to stop). */
    public void run() throws Exception {
        Path workDir = workDir();
        Path inbox = workDir.resolve("inbox");
        Files.createDirectories(inbox);

        Main main = new Main();
        main.setAppName("appointment-reminders");
        main.addInitialProperty("camel.component.callfire.baseUrl", account.baseUrl());
        main.addInitialProperty("camel.component.callfire.username", account.username());
        main.addInitialProperty("camel.component.callfire.password", account.password());
        main.addInitialProperty("camel.main.shutdownTimeout", "10");
        main.addInitialProperty("example.number", account.number());
        main.addInitialProperty("example.inbox", inbox.toString());
        main.addInitialProperty("example.pollDelayMs", Long.toString(options.pollDelayMs()));
        main.addInitialProperty("example.replyWindowMs", Long.toString(options.replyWindowMs()));
        main.addInitialProperty("example.repliesUri", options.replies().repliesUri());
        if (options.replies() == ReplySource.WEBHOOKS) {
            // platform-http on Vert.x receives the notifications; the webhook is registered for this run only
            main.addInitialProperty("camel.server.enabled", "true");
            main.addInitialProperty("camel.server.port", Integer.toString(options.webhookPort()));
            main.addInitialProperty("example.webhookUrl", options.webhookUrl());
            main.addInitialProperty("example.webhookSecret", webhookSecret());
        }

        main.bind("story", story);
        main.bind("reminders", new ReminderTexts(account.number(), story));
        main.bind("replies", new ReplyActions(account.number(), story));
        main.bind("announcement", new Announcement(account.number(), story));
        // the reply consumer's watermark survives restarts, so no reply is answered twice
        main.bind("replyState", FileStateRepository.fileStateRepository(workDir.resolve("reply-state.dat").toFile()));

        main.configure().addRoutesBuilder(new ReminderRoutes());
        main.configure().addRoutesBuilder(new AnnouncementRoutes(options.pollDelayMs()));
        if (options.replyRoutes() == ReplyRouteFlavour.JAVA) {
            main.configure().addRoutesBuilder(new ReplyRoutes());
        } else {
            main.configure().withRoutesIncludePattern(ReplyRouteFlavour.YAML_LOCATION);
        }
        if (sandbox != null) {
            main.configure().addRoutesBuilder(new HandsetSimulator(sandbox));
        }
        if (!options.keepRunning()) {
            story.onComplete(main::completed);
        }

        LOG.info("Sending from {} via {}; reply routes in the {} DSL, replies by {}; drop reminder CSVs into {}",
                account.number(), account.baseUrl(), options.replyRoutes(),
                options.replies() == ReplySource.WEBHOOKS ? "webhook at " + options.webhookUrl()
                        + ReplySource.WEBHOOK_PATH : "polling", inbox);
        if (sandbox != null) {
            LOG.info("Seeded {}", SeedData.dropAppointments(inbox));
        }
        main.run();
    }

    /* a fresh secret per run: the run registers its own webhook with it and deletes the webhook when it ends */
    private static String webhookSecret() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    public ReminderStory story() {
        return story;
    }

    private Path workDir() throws IOException {
        if (options.workDir() != null) {
            return options.workDir();
        }
        // a fresh folder per sandbox run: the sandbox forgets everything on exit, so should the watermark
        return sandbox != null ? Files.createTempDirectory("callfire-reminders") : Path.of("reminders");
    }
}
