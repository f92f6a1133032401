package io.github.camelcallfire;

import io.github.camelcallfire.model.DoNotContact;
import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.model.Text;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The route README.md shows, read from README.md itself (its "## A route" section's fenced java block), compiled and
 * run: it must keep working. Guards against the README's route drifting from a hand copy that used to be kept here,
 * which stayed green whatever the README said (tried: README's filter changed to 'STOPP').
 */
class ReadmeRouteTest extends CallfireTestSupport {

    @TempDir
    static Path classes;

    /* compiled once for the class's tests */
    private static Class<?> compiledRoute;

    @Override
    protected void addRoutes(CamelContext camelContext) throws Exception {
        camelContext.getRegistry().bind("replyState", new MemoryStateRepository());
        if (compiledRoute == null) {
            compiledRoute = compile(readmeRoute());
        }
        camelContext.addRoutes((RoutesBuilder) compiledRoute.getDeclaredConstructor().newInstance());
    }

    /** The body of the fenced java block under README.md's "## A route", as written there. */
    static String readmeRoute() throws IOException {
        String readme = Files.readString(readme(), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("(?m)^## A route\\R(?:(?!^## ).)*?^```java\\R(.*?)^```$", Pattern.DOTALL)
                .matcher(readme);
        assertThat(block.find()).as("README.md has a section '## A route' with a ```java block").isTrue();
        return block.group(1);
    }

    private static Path readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path readme = dir.resolve("README.md");
            if (Files.isRegularFile(readme) && Files.isDirectory(dir.resolve("camel-callfire-component"))) {
                return readme;
            }
        }
        throw new IllegalStateException("README.md of the project not found above " + Path.of("").toAbsolutePath());
    }

    /** Compiles the route into the body of a RouteBuilder's configure() and returns that class. */
    private static Class<?> compile(String route) throws Exception {
        String source = "package readme;\n"
                + "import org.apache.camel.builder.RouteBuilder;\n"
                + "public class ReadmeRoute extends RouteBuilder {\n"
                + "    @Override\n"
                + "    public void configure() {\n"
                + route
                + "    }\n"
                + "}\n";
        Path file = Files.createDirectories(classes.resolve("readme")).resolve("ReadmeRoute.java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            boolean compiled = javac.getTask(errors, files, null,
                    List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString()), null,
                    files.getJavaFileObjects(file)).call();
            assertThat(compiled).as("README.md's route compiles:%n%s%n%s", source, errors).isTrue();
        }
        ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeRouteTest.class.getClassLoader());
        return loader.loadClass("readme.ReadmeRoute");
    }

    @Test
    void readsTheRouteFromTheReadme() throws IOException {
        assertThat(readmeRoute()).contains("from(\"direct:remind\")", "callfire:texts/find?inbound=true",
                "callfire:dncs/add");
    }

    @Test
    void sendsTheReminderAndPutsAStopSenderOnTheDoNotContactList() {
        template.sendBodyAndHeaders("direct:remind", null,
                Map.of("patientNumber", "13105550111", "patientName", "Ada"));
        Page<?> sent = template.requestBody("callfire:texts/find?inbound=false&toNumber=13105550111", null, Page.class);
        assertThat(sent.getItems()).singleElement().isInstanceOfSatisfying(Text.class,
                text -> assertThat(text.getMessage()).startsWith("Hi Ada, see you tomorrow"));

        sandbox().injectInboundText("13105550111", "12135550100", "stop");

        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() -> assertThat(
                template.requestBody("callfire:dncs/get?number=13105550111", null, DoNotContact.class).getText())
                .isTrue());
    }
}
