package io.github.camelcallfire.quarkus.deployment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.CallfireComponentConfigurer;
import io.github.camelcallfire.CallfireConfiguration;
import io.github.camelcallfire.CallfireConsumer;
import io.github.camelcallfire.CallfireConsumerConfiguration;
import io.github.camelcallfire.CallfireEndpoint;
import io.github.camelcallfire.CallfireEndpointConfigurer;
import io.github.camelcallfire.CallfireEndpointUriFactory;
import io.github.camelcallfire.CallfireOperationParameters;
import io.github.camelcallfire.CallfireOperationParametersConfigurer;
import io.github.camelcallfire.CallfireProducer;
import io.github.camelcallfire.model.ActionState;
import io.github.camelcallfire.model.CallfireModel;
import io.github.camelcallfire.model.ItemList;
import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.model.Text;
import io.quarkus.builder.BuildContext;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.GeneratedResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.NativeImageResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.deployment.builditem.nativeimage.RuntimeInitializedClassBuildItem;
import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots an application with the extension and records what its build produced for a native image: a build step
 * added to the chain consumes the feature, reflection, resource and run-time-initialization items of every processor
 * and writes them as a resource that the test reads inside the booted application.
 */
class CallfireProcessorTest {

    private static final String REPORT = "callfire-build-report.properties";

    @RegisterExtension
    static final QuarkusUnitTest QUARKUS = new QuarkusUnitTest()
            .withEmptyApplication()
            .addBuildChainCustomizer(chain -> chain.addBuildStep(CallfireProcessorTest::writeReport)
                    .consumes(FeatureBuildItem.class)
                    .consumes(ReflectiveClassBuildItem.class)
                    .consumes(NativeImageResourceBuildItem.class)
                    .consumes(RuntimeInitializedClassBuildItem.class)
                    .produces(GeneratedResourceBuildItem.class)
                    .build());

    @Test
    void installsTheCamelCallfireFeature() {
        assertThat(report().getProperty("feature.camel-callfire")).isEqualTo("installed");
    }

    @Test
    void registersEveryModelClassForJacksonWithConstructorsMethodsAndFields() {
        Properties report = report();
        Set<String> models = modelClassesOnTheClassPath();

        assertThat(models).contains(CallfireModel.class.getName(), Text.class.getName(), ItemList.class.getName(),
                Page.class.getName(), ActionState.class.getName()).hasSizeGreaterThan(50);
        assertThat(models).allSatisfy(model -> assertThat(report.getProperty("reflective." + model))
                .as("reflective registration of %s", model)
                .isEqualTo("constructors,methods,fields"));
    }

    @Test
    void registersTheComponentItsOptionsAndTheGeneratedConfigurers() {
        Properties report = report();

        assertThat(List.of(CallfireComponent.class, CallfireEndpoint.class, CallfireConsumer.class,
                CallfireProducer.class, CallfireConfiguration.class, CallfireConsumerConfiguration.class,
                CallfireOperationParameters.class, CallfireComponentConfigurer.class, CallfireEndpointConfigurer.class,
                CallfireOperationParametersConfigurer.class,
                CallfireEndpointUriFactory.class)).allSatisfy(type -> assertThat(
                        report.getProperty("reflective." + type.getName()))
                        .as("reflective registration of %s", type.getName())
                        .isEqualTo("constructors,methods,fields"));
    }

    @Test
    void includesTheCatalogJsonAndTheServiceDescriptorsOfTheComponent() {
        Properties report = report();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();

        assertThat(List.of(
                "META-INF/io/github/camelcallfire/callfire.json",
                "META-INF/services/org/apache/camel/component/callfire",
                "META-INF/services/org/apache/camel/configurer/callfire-component",
                "META-INF/services/org/apache/camel/configurer/callfire-endpoint",
                "META-INF/services/org/apache/camel/urifactory/callfire-endpoint")).allSatisfy(resource -> {
                    assertThat(loader.getResource(resource)).as("%s on the class path", resource).isNotNull();
                    assertThat(report.getProperty("resource." + resource)).as(resource).isEqualTo("included");
                });
    }

    @Test
    void initializesHttpClientsNtlmEngineAtRunTime() {
        assertThat(report().getProperty("runtime-initialized.org.apache.hc.client5.http.impl.auth.NTLMEngineImpl"))
                .isEqualTo("yes");
    }

    // --- the build step, run by Quarkus at build time

    private static void writeReport(BuildContext context) {
        TreeMap<String, String> report = new TreeMap<>();
        context.consumeMulti(FeatureBuildItem.class).forEach(f -> report.put("feature." + f.getName(), "installed"));
        TreeMap<String, Set<String>> reflective = new TreeMap<>();
        for (ReflectiveClassBuildItem item : context.consumeMulti(ReflectiveClassBuildItem.class)) {
            for (String name : item.getClassNames()) {
                // several processors may register one class: the union of what they ask for is what native gets
                Set<String> members = reflective.computeIfAbsent(name, n -> new TreeSet<>());
                if (item.isConstructors()) {
                    members.add("constructors");
                }
                if (item.isMethods()) {
                    members.add("methods");
                }
                if (item.isFields()) {
                    members.add("fields");
                }
            }
        }
        reflective.forEach((name, members) -> report.put("reflective." + name,
                Stream.of("constructors", "methods", "fields").filter(members::contains)
                        .collect(Collectors.joining(","))));
        context.consumeMulti(NativeImageResourceBuildItem.class)
                .forEach(item -> item.getResources().forEach(r -> report.put("resource." + r, "included")));
        context.consumeMulti(RuntimeInitializedClassBuildItem.class)
                .forEach(item -> report.put("runtime-initialized." + item.getClassName(), "yes"));

        Properties properties = new Properties();
        properties.putAll(report);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            properties.store(bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.produce(new GeneratedResourceBuildItem(REPORT, bytes.toByteArray()));
    }

    // --- helpers, run in the application

    private static Properties report() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(REPORT)) {
            assertThat(in).as(REPORT).isNotNull();
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classes of the model package, read from the class files of camel-callfire (a folder or a jar). */
    private static Set<String> modelClassesOnTheClassPath() {
        String folder = CallfireModel.class.getPackageName().replace('.', '/') + "/";
        try {
            Path location = Path.of(CallfireModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> entries;
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.list(location.resolve(folder))) {
                    entries = files.map(f -> folder + f.getFileName()).toList();
                }
            } else {
                try (ZipFile jar = new ZipFile(location.toFile(), StandardCharsets.UTF_8)) {
                    entries = jar.stream().map(e -> e.getName()).toList();
                }
            }
            return entries.stream()
                    .filter(name -> name.startsWith(folder) && name.endsWith(".class")
                            && name.indexOf('/', folder.length()) < 0)
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
