import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the starter's {@code CallfireComponentConfiguration} from the componentProperties of the component's
 * catalog JSON (callfire.json), read from the class path the build passes in. Run by exec-maven-plugin in
 * generate-sources as a single-file Java program, so it needs no build of its own (camel-spring-boot's generator
 * plugin is not on Maven Central). Arguments: the catalog resource, the output source root.
 */
public class GenerateComponentConfiguration {

    private static final String PACKAGE = "io.github.camelcallfire.springboot";
    private static final String CLASS = "CallfireComponentConfiguration";

    /** Options without a property, and why (the reason goes into the generated Javadoc). */
    private static final Map<String, String> SKIPPED = Map.of(
            "configuration", "the nested configuration object: its options are properties of their own",
            "healthCheckProducerEnabled", "the component has no producer health check, so there is nothing to switch");

    public static void main(String[] args) throws Exception {
        String resource = args[0];
        Path root = Path.of(args[1]);
        JsonNode catalog;
        try (InputStream in = GenerateComponentConfiguration.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            catalog = new ObjectMapper().readTree(in);
        }
        String scheme = catalog.path("component").path("scheme").asText();
        StringBuilder fields = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        StringBuilder options = new StringBuilder();
        List<String> skipped = new ArrayList<>();
        JsonNode componentProperties = catalog.path("componentProperties");
        for (Iterator<String> it = componentProperties.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            JsonNode option = componentProperties.path(name);
            if (SKIPPED.containsKey(name)) {
                skipped.add(name + ": " + SKIPPED.get(name));
                continue;
            }
            String type = option.path("type").asText();
            String javaType = javaType(type, option.path("javaType").asText());
            String description = option.path("description").asText();
            if (type.equals("object")) {
                description += " The option is a " + option.path("javaType").asText()
                        + " type: give the name of a bean of that type (#bean:name and #name are accepted too).";
            }
            if (type.equals("duration")) {
                // the property is a Duration: the unit is the value's, milliseconds only for a bare number
                description = description.replace(" in milliseconds", "");
                description += " A bare number is milliseconds; 5s, 2m and ISO-8601 (PT5S) are accepted too.";
            }
            fields.append("    /**\n").append(javadoc(description)).append("     */\n");
            if (option.path("deprecated").asBoolean()) {
                fields.append("    @Deprecated\n");
            }
            fields.append("    private ").append(javaType).append(' ').append(name);
            if (option.has("defaultValue")) {
                fields.append(" = ").append(literal(javaType, option.path("defaultValue").asText()));
            }
            fields.append(";\n\n");
            String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            accessors.append("    public ").append(javaType).append(" get").append(cap).append("() {\n        return ")
                    .append(name).append(";\n    }\n\n    public void set").append(cap).append('(').append(javaType)
                    .append(' ').append(name).append(") {\n        this.").append(name).append(" = ").append(name)
                    .append(";\n    }\n\n");
            options.append("        put(options, \"").append(name).append("\", ").append(name)
                    .append(type.equals("duration") ? " == null ? null : " + name + ".toMillis()" : "").append(");\n");
        }
        String source = "package " + PACKAGE + ";\n\n"
                + "import java.time.Duration;\nimport java.util.LinkedHashMap;\nimport java.util.Map;\n\n"
                + "import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n"
                + "import org.springframework.boot.context.properties.ConfigurationProperties;\n\n"
                + "/**\n * The options of the {@code " + scheme + "} component as Spring Boot properties "
                + "{@code camel.component." + scheme + ".*}.\n *\n"
                + " * <p>Generated by src/build/java/GenerateComponentConfiguration.java from the componentProperties of\n"
                + " * the component's catalog " + resource + " (descriptions, defaults). Do not edit. Options without\n"
                + " * a property:\n * <ul>\n"
                + skipped.stream().map(s -> " * <li>" + s + "</li>\n").reduce("", String::concat)
                + " * </ul>\n */\n"
                + "@ConfigurationProperties(prefix = " + CLASS + ".PREFIX)\n"
                + "public class " + CLASS + " extends ComponentConfigurationPropertiesCommon {\n\n"
                + "    public static final String PREFIX = \"camel.component." + scheme + "\";\n\n"
                + fields
                + "    /** The properties that are set, by component option name; durations in milliseconds. */\n"
                + "    public Map<String, Object> componentOptions() {\n"
                + "        Map<String, Object> options = new LinkedHashMap<>();\n"
                + options
                + "        return options;\n    }\n\n"
                + "    private static void put(Map<String, Object> options, String name, Object value) {\n"
                + "        if (value != null) {\n            options.put(name, value);\n        }\n    }\n\n"
                + accessors.toString().stripTrailing() + "\n}\n";
        Path file = root.resolve(PACKAGE.replace('.', '/')).resolve(CLASS + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
    }

    private static String javaType(String type, String javaType) {
        switch (type) {
            case "string": case "object": return "String";
            case "boolean": return "Boolean";
            case "integer": return javaType.equals("long") || javaType.equals("java.lang.Long") ? "Long" : "Integer";
            case "number": return "Double";
            case "duration": return "Duration";
            default: throw new IllegalArgumentException("no property type for catalog type " + type);
        }
    }

    private static String literal(String javaType, String value) {
        switch (javaType) {
            case "String": return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            case "Boolean": return Boolean.toString(Boolean.parseBoolean(value));
            case "Integer": return Integer.toString(Integer.parseInt(value));
            case "Long": return Long.parseLong(value) + "L";
            case "Double": return Double.toString(Double.parseDouble(value));
            case "Duration": return duration(Long.parseLong(value));
            default: throw new IllegalArgumentException(javaType);
        }
    }

    /** In the largest whole unit, so that the configuration processor writes e.g. 10s as the default. */
    private static String duration(long millis) {
        if (millis != 0 && millis % 60_000 == 0) {
            return "Duration.ofMinutes(" + millis / 60_000 + ")";
        }
        if (millis % 1_000 == 0) {
            return "Duration.ofSeconds(" + millis / 1_000 + ")";
        }
        return "Duration.ofMillis(" + millis + ")";
    }

    private static String javadoc(String text) {
        String escaped = text.replace("*/", "* /");
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : escaped.split("\\s+")) {
            if (line.length() + word.length() > 100) {
                out.append("     * ").append(line.toString().stripTrailing()).append('\n');
                line.setLength(0);
            }
            line.append(word).append(' ');
        }
        out.append("     * ").append(line.toString().stripTrailing()).append('\n');
        return out.toString();
    }
}
