import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.CallfireOperationParameters;
import io.github.camelcallfire.model.BroadcastType;
import io.github.camelcallfire.operation.CallfireOperation;
import io.github.camelcallfire.operation.OperationParam;
import io.github.camelcallfire.webhook.WebhookResourceType;
import org.apache.camel.spi.UriParam;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Describes every CallFire operation to Camel's tooling, the way Camel's API components do: one class per
 * {@code apiName/methodName}, annotated with {@code @ApiParams}, whose fields carry {@code @UriParam} and
 * {@code @ApiParam} for the options of that operation. camel-component-maven-plugin reads them into the catalog's
 * {@code apis} and {@code apiProperties}.
 * <p>
 * Runs at process-classes, after the first compile and before the plugin: it reads the compiled operation table
 * ({@code CallfireOperation}) and the option descriptions ({@code CallfireOperationParameters}), writes the sources to
 * {@code args[1]} and compiles them into {@code args[0]} (the classes directory the plugin indexes). A single-file
 * program, run by exec-maven-plugin with the compile class path: {@code java GenerateApiOptions.java classes sources}.
 * <p>
 * The classes hold no state at run time; the endpoint binds the options to {@code CallfireOperationParameters}.
 */
public class GenerateApiOptions {

    private static final String PACKAGE = "io.github.camelcallfire.api";

    /* what each api of the URI groups; the operation table has no column for it */
    private static final Map<String, String> API_DESCRIPTIONS = Map.ofEntries(
            Map.entry("texts", "Send texts (SMS) and find the texts sent and received"),
            Map.entry("calls", "Send calls and find the calls made and received, with their recordings"),
            Map.entry("broadcasts", "Text broadcasts (broadcastType=TEXT, the default) and voice broadcasts "
                    + "(broadcastType=CALL): create, run, add recipients and batches, statistics"),
            Map.entry("batches", "The contact batches of broadcasts"),
            Map.entry("sounds", "Campaign sounds: upload, record by phone, text-to-speech, download"),
            Map.entry("contacts", "Contacts: create, find, update, delete, history"),
            Map.entry("contact-lists", "Contact lists and their members"),
            Map.entry("dncs", "Do-not-contact lists"),
            Map.entry("keywords", "Keywords available to lease"),
            Map.entry("keyword-leases", "The account's keyword leases and their configurations"),
            Map.entry("numbers", "Phone numbers and regions available to lease"),
            Map.entry("number-leases", "The account's number leases and their configurations"),
            Map.entry("orders", "Orders of numbers and keywords"),
            Map.entry("media", "Media files (images, sound) for texts"),
            Map.entry("auto-replies", "Automatic replies to inbound texts"),
            Map.entry("account", "The account, its billing plan usage and credit usage"),
            Map.entry("caller-ids", "Verified caller ids"),
            Map.entry("api-credentials", "API credentials of the account"),
            Map.entry("webhooks", "Webhooks: manage them, and receive their notifications with webhooks/events"));

    /* callfire:webhooks/events receives notifications instead of calling an operation */
    private static final String EVENTS_DESCRIPTION = "Consumer of CallFire's webhook notifications: one exchange per "
            + "event (see docs/webhooks.md); use from(\"callfire:webhooks/events?webhookPath=...\") or "
            + "webhook:callfire:webhooks/events";

    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        Path sources = Path.of(args[1]);
        Path packageDir = sources.resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(packageDir);
        try (Stream<Path> old = Files.list(packageDir)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, List<CallfireOperation>> entry : operationsByUriPath().entrySet()) {
            String[] apiAndMethod = entry.getKey().split("/");
            written.add(write(packageDir, apiAndMethod[0], apiAndMethod[1], describe(entry.getValue()),
                    options(entry.getValue())));
        }
        written.add(write(packageDir, "webhooks", "events", EVENTS_DESCRIPTION,
                List.of(new Option("resource", false), new Option("fields", false))));
        compile(classes, written);
    }

    private static Map<String, List<CallfireOperation>> operationsByUriPath() {
        Map<String, List<CallfireOperation>> byPath = new LinkedHashMap<>();
        for (CallfireOperation operation : CallfireOperation.values()) {
            byPath.computeIfAbsent(operation.uriPath(), key -> new ArrayList<>()).add(operation);
        }
        return byPath;
    }

    private record Option(String name, boolean required) {
    }

    /* the union of the variants' options (text and voice broadcasts), required where any variant requires it */
    private static List<Option> options(List<CallfireOperation> variants) {
        Map<String, Boolean> required = new LinkedHashMap<>();
        for (CallfireOperation variant : variants) {
            for (OperationParam param : variant.params()) {
                required.merge(param.name(), param.required(), Boolean::logicalOr);
            }
        }
        return required.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    private static String describe(List<CallfireOperation> variants) {
        if (variants.size() == 1 && variants.get(0).broadcastType() == null) {
            return request(variants.get(0));
        }
        return variants.stream()
                .map(variant -> (variant.broadcastType() == BroadcastType.TEXT ? "broadcastType=TEXT: "
                        : "broadcastType=CALL: ") + request(variant))
                .collect(Collectors.joining("; "));
    }

    private static String request(CallfireOperation operation) {
        return operation.httpMethod() + " " + operation.pathTemplate() + " (CallFire operation "
                + operation.operationId() + ")";
    }

    private static Path write(Path packageDir, String api, String method, String description, List<Option> options)
            throws IOException, NoSuchFieldException {
        String className = javaName(api) + javaName(method) + "Options";
        StringBuilder java = new StringBuilder();
        java.append("package ").append(PACKAGE).append(";\n\n")
                .append("import org.apache.camel.spi.ApiMethod;\n")
                .append("import org.apache.camel.spi.ApiParam;\n")
                .append("import org.apache.camel.spi.ApiParams;\n")
                .append("import org.apache.camel.spi.UriParam;\n")
                .append("import org.apache.camel.spi.UriParams;\n\n")
                .append("/** Generated by src/build/java/GenerateApiOptions.java: the options of callfire:")
                .append(api).append('/').append(method).append(" for Camel's catalog. Do not edit. */\n")
                .append("@UriParams\n")
                .append("@ApiParams(apiName = ").append(literal(api)).append(", description = ")
                .append(literal(API_DESCRIPTIONS.get(api))).append(", aliases = {},\n")
                // without aliases = {} the catalog holds [""], which Camel's catalog cannot parse
                .append("           apiMethods = @ApiMethod(methodName = ").append(literal(method))
                .append(", description = ").append(literal(description)).append(", signatures = {}))\n")
                .append("public final class ").append(className).append(" {\n");
        for (Option option : options) {
            Field field = CallfireOperationParameters.class.getDeclaredField(option.name());
            UriParam param = Objects.requireNonNull(field.getAnnotation(UriParam.class), option.name());
            String text = param.description() + (option.required() ? " Required: in the URI or, per message, in the "
                    + "header " + CallfireConstants.headerFor(option.name()) + "." : "");
            java.append("\n    @UriParam(description = ").append(literal(text));
            if (field.getType() == Boolean.class) {
                // a filter that is unset returns both: Camel's catalog gives every boolean option the default false
                java.append(", javaType = \"java.lang.String\", enums = \"true,false\"");
            } else if (!param.enums().isEmpty()) {
                java.append(", enums = ").append(literal(param.enums()));
            } else if (option.name().equals("resource")) {
                java.append(", enums = ").append(literal(Arrays.stream(WebhookResourceType.values())
                        .map(WebhookResourceType::wireName).collect(Collectors.joining(","))));
            }
            java.append(")\n");
            java.append("    @ApiParam(optional = ").append(!option.required())
                    .append(", apiMethods = @ApiMethod(methodName = ").append(literal(method))
                    .append(", description = ").append(literal(text)).append("))\n");
            java.append("    private ").append(field.getType().getName()).append(' ').append(option.name())
                    .append(";\n");
        }
        java.append("}\n");
        Path file = packageDir.resolve(className + ".java");
        Files.writeString(file, java.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private static String javaName(String uriName) {
        StringBuilder name = new StringBuilder();
        for (String word : uriName.split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    private static String literal(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void compile(Path classes, List<Path> files) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-nowarn", "-d",
                classes.toString(), "-classpath", System.getProperty("java.class.path")));
        files.forEach(file -> args.add(file.toString()));
        int status = javac.run(null, null, null, args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("javac failed (" + status + ") on the generated api options");
        }
    }
}
