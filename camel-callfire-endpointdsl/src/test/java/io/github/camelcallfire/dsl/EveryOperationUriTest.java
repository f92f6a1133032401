package io.github.camelcallfire.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.CallfireEndpoint;
import io.github.camelcallfire.dsl.CallfireEndpointBuilderFactory.CallfireEndpointBuilder;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;
import org.apache.camel.support.LoggingExceptionHandler;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import static io.github.camelcallfire.dsl.CallfireEndpointBuilderFactory.callfire;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The builder covers the catalog: a method for every option, and for every operation a URI built with each of its
 * options that the endpoint accepts (it validates its options when it starts) with the values the builder set.
 */
class EveryOperationUriTest {

    private static JsonNode catalog;
    private static CamelContext context;

    @BeforeAll
    static void startCamel() throws Exception {
        try (InputStream in = EveryOperationUriTest.class
                .getResourceAsStream("/META-INF/io/github/camelcallfire/callfire.json")) {
            catalog = new ObjectMapper().readTree(in);
        }
        context = new DefaultCamelContext();
        CallfireComponent component = new CallfireComponent();
        component.getConfiguration().setUsername("user");
        component.getConfiguration().setPassword("secret");
        context.addComponent("callfire", component);
        context.start();
    }

    @AfterAll
    static void stopCamel() {
        context.stop();
    }

    @Test
    void hasAMethodForEveryOptionOfTheCatalogAndNoOther() {
        Set<String> options = new TreeSet<>();
        catalog.path("properties").fields().forEachRemaining(e -> {
            if (!"path".equals(e.getValue().path("kind").asText())) {
                options.add(e.getKey());
            }
        });
        catalog.path("apiProperties").forEach(api -> api.path("methods")
                .forEach(method -> method.path("properties").fieldNames().forEachRemaining(options::add)));
        Set<String> methods = Arrays.stream(CallfireEndpointBuilder.class.getMethods())
                .filter(method -> method.getReturnType() == CallfireEndpointBuilder.class
                        || method.getDeclaringClass().getName().startsWith(CallfireEndpointBuilderFactory.class.getName()))
                .map(Method::getName)
                .filter(name -> !name.equals("callfire"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(methods).isEqualTo(options);
    }

    @Test
    void everyOperationWithEveryOneOfItsOptionsMakesAUriTheEndpointAccepts() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> apis = catalog.path("apiProperties").fields(); apis.hasNext(); ) {
            Map.Entry<String, JsonNode> api = apis.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = api.getValue().path("methods").fields();
                    methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                String path = api.getKey() + "/" + method.getKey();
                CallfireEndpointBuilder builder = callfire(path);
                for (Iterator<Map.Entry<String, JsonNode>> options = method.getValue().path("properties").fields();
                        options.hasNext(); ) {
                    Map.Entry<String, JsonNode> option = options.next();
                    set(builder, api.getKey(), option.getKey(), option.getValue());
                }
                if (path.equals("webhooks/events")) {
                    builder.webhookPath("/callfire/events");
                }

                CallfireEndpoint endpoint = (CallfireEndpoint) builder.resolve(context);
                ServiceHelper.initService(endpoint);

                method.getValue().path("properties").fieldNames().forEachRemaining(name ->
                        assertThat(endpoint.getParameters().value(name)).as(path + " " + name).isNotNull());
                checked.add(path);
            }
        }
        assertThat(checked).hasSize(catalog.path("apis").findValues("methods").stream()
                .mapToInt(JsonNode::size).sum());
    }

    @Test
    void everyEndpointOptionSetThroughTheBuilderIsAcceptedByTheEndpoint() throws Exception {
        context.getRegistry().bind("states", new MemoryStateRepository());
        context.getRegistry().bind("handler", new LoggingExceptionHandler(context, getClass()));
        context.getRegistry().bind("events", new MemoryIdempotentRepository());
        context.getRegistry().bind("strategy", new DefaultPollingConsumerPollStrategy());
        context.getRegistry().bind("executor", Executors.newSingleThreadScheduledExecutor());
        context.getRegistry().bind("tls", new SSLContextParameters());
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = catalog.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> option = it.next();
            String name = option.getKey();
            JsonNode model = option.getValue();
            // path parameters are the builder's path; scheduler and schedulerProperties choose and configure another
            // scheduler component (camel-spring, camel-quartz), which this module does not have
            if ("path".equals(model.path("kind").asText()) || name.startsWith("scheduler")) {
                continue;
            }
            String path = operationFor(name);
            CallfireEndpointBuilder builder = callfire(path);
            if (path.equals("webhooks/events") && !name.equals("webhookPath")) {
                builder.webhookPath("/callfire/events").resource("InboundText");
            }
            String value = switch (model.path("javaType").asText().replaceAll("<.*", "")) {
                case "org.apache.camel.spi.StateRepository" -> "#states";
                case "org.apache.camel.spi.ExceptionHandler" -> "#handler";
                case "org.apache.camel.spi.IdempotentRepository" -> "#events";
                case "org.apache.camel.spi.PollingConsumerPollStrategy" -> "#strategy";
                case "java.util.concurrent.ScheduledExecutorService" -> "#executor";
                case "org.apache.camel.support.jsse.SSLContextParameters" -> "#tls";
                default -> sampleValue(name, model);
            };
            CallfireEndpointBuilder.class.getMethod(name, String.class).invoke(builder, value);

            CallfireEndpoint endpoint = (CallfireEndpoint) builder.resolve(context);
            ServiceHelper.initService(endpoint);
            checked.add(name);
        }
        assertThat(checked).contains("sendResult", "stateRepository", "broadcastType", "secret", "password");
    }

    private static String operationFor(String option) {
        return switch (option) {
            case "sendResult", "sendStateRepository" -> "texts/send";
            case "broadcastType" -> "broadcasts/find";
            case "events", "secret", "webhookName", "webhookPath", "idempotentRepository" -> "webhooks/events";
            default -> "texts/find";
        };
    }

    private static String sampleValue(String name, JsonNode model) {
        if (model.path("enum").size() > 0) {
            return model.path("enum").get(0).asText();
        }
        return switch (model.path("type").asText()) {
            case "integer" -> "7";
            case "number" -> "2.5";
            case "boolean" -> "true";
            case "duration" -> "5000";
            default -> switch (name) {
                case "baseUrl" -> "http://127.0.0.1:1/v2";
                case "proxyHost" -> "127.0.0.1";
                case "events" -> "Finished";
                case "startFrom" -> "BEGINNING";
                default -> "text";
            };
        };
    }

    /* through the typed method where there is one (a long, a boolean), else the String one */
    private static void set(CallfireEndpointBuilder builder, String api, String name, JsonNode option)
            throws Exception {
        String type = option.path("type").asText();
        // comma lists of values the endpoint checks, which the catalog cannot give as an enum
        String listValue = switch (name) {
            case "states" -> "READY,FINISHED";
            case "results" -> api.equals("calls") ? "LA,AM" : "SENT,RECEIVED";
            default -> null;
        };
        if (listValue != null) {
            CallfireEndpointBuilder.class.getMethod(name, String.class).invoke(builder, listValue);
            return;
        }
        if (option.path("enum").size() == 2 && "true".equals(option.path("enum").get(0).asText())) {
            CallfireEndpointBuilder.class.getMethod(name, boolean.class).invoke(builder, true);
        } else if ("integer".equals(type)) {
            CallfireEndpointBuilder.class.getMethod(name, Long.class).invoke(builder, 7L);
        } else if (option.path("enum").size() > 0) {
            CallfireEndpointBuilder.class.getMethod(name, String.class).invoke(builder,
                    option.path("enum").get(0).asText());
        } else {
            CallfireEndpointBuilder.class.getMethod(name, String.class).invoke(builder, "12135551100");
        }
    }
}
