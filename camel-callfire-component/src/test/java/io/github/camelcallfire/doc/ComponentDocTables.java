package io.github.camelcallfire.doc;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the options and headers tables of {@code src/main/docs/callfire-component.adoc} from the catalog JSON that
 * camel-component-maven-plugin generates ({@code src/generated/resources/META-INF/io/github/camelcallfire/callfire.json}).
 * <p>
 * Each table goes between a pair of marker comments, the way Camel's own adocs mark their generated sections:
 * {@code // component options: START/END}, {@code // endpoint options: START/END},
 * {@code // api options: START/END} (each operation's own options, see {@link ApiOptionTables}) and
 * {@code // component headers: START/END}. Everything outside the markers is left as written.
 * <p>
 * {@link #main} rewrites the adoc when asked ({@link #UPDATE_COMMAND}: exec-maven-plugin in
 * {@code process-test-classes}, after the catalog is generated in {@code process-classes}); a normal build leaves the
 * committed adoc alone, and {@code ComponentDocTablesTest} renders into memory and fails when it differs. Test code, so it does not ship in the component's jar.
 */
public final class ComponentDocTables {

    public static final String CATALOG = "src/generated/resources/META-INF/io/github/camelcallfire/callfire.json";
    public static final String ADOC = "src/main/docs/callfire-component.adoc";
    public static final String UPDATE_COMMAND = "mvn -q -pl camel-callfire-sandbox,camel-callfire-component "
            + "-Dcallfire.adoc.skip=false process-test-classes";

    /** The catalog's groups in the order Camel's documentation shows them; other groups follow as they appear. */
    private static final List<String> GROUP_ORDER = List.of("common", "consumer", "consumer (advanced)", "producer",
            "producer (advanced)", "advanced");

    private static final Pattern PACKAGE = Pattern.compile("\\b(?:[a-z_][\\w]*\\.)+(?=[A-Z])");
    private static final Pattern ATTRIBUTE_REFERENCE = Pattern.compile("\\{(?=[\\w][\\w-]*})");

    private ComponentDocTables() {
    }

    /** Rewrites the adoc of the module in {@code args[0]} (default: the working directory). */
    public static void main(String[] args) throws IOException {
        Path module = Path.of(args.length > 0 ? args[0] : ".");
        Path adoc = module.resolve(ADOC);
        String current = Files.readString(adoc, StandardCharsets.UTF_8);
        String updated = render(current, Files.readString(module.resolve(CATALOG), StandardCharsets.UTF_8));
        if (!updated.equals(current)) {
            Files.writeString(adoc, updated, StandardCharsets.UTF_8);
            System.out.println("[callfire] updated the options and headers tables of " + adoc);
        }
    }

    /** The adoc with its generated sections rendered from the catalog JSON. */
    @SuppressWarnings("unchecked")
    public static String render(String adoc, String catalogJson) throws IOException {
        Map<String, Object> catalog = new ObjectMapper().readValue(catalogJson, LinkedHashMap.class);
        Map<String, Map<String, Object>> component = (Map<String, Map<String, Object>>) catalog.get("componentProperties");
        Map<String, Map<String, Object>> endpoint = (Map<String, Map<String, Object>>) catalog.get("properties");
        Map<String, Map<String, Object>> headers = (Map<String, Map<String, Object>>) catalog.get("headers");
        Map<String, Map<String, Object>> apis = (Map<String, Map<String, Object>>) catalog.get("apiProperties");

        String out = replaceSection(adoc, "component options", componentOptions(component));
        out = replaceSection(out, "endpoint options", endpointOptions(endpoint));
        out = replaceSection(out, "api options", ApiOptionTables.render(apis));
        return replaceSection(out, "component headers", headers(headers));
    }

    private static String replaceSection(String adoc, String name, String content) {
        String start = "// " + name + ": START\n";
        String end = "// " + name + ": END";
        int from = adoc.indexOf(start);
        int to = adoc.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("The adoc has no section '" + start.trim() + "' ... '" + end + "'");
        }
        return adoc.substring(0, from + start.length()) + content + adoc.substring(to);
    }

    private static String componentOptions(Map<String, Map<String, Object>> options) {
        StringBuilder out = new StringBuilder();
        out.append("=== Component options\n\n");
        out.append("The CallFire component supports ").append(options.size())
                .append(" options, set on the component (`camel.component.callfire.*`), grouped as the catalog groups them.\n\n");
        groupedTables(out, options, "====");
        return out.toString();
    }

    private static String endpointOptions(Map<String, Map<String, Object>> options) {
        Map<String, Map<String, Object>> path = new LinkedHashMap<>();
        Map<String, Map<String, Object>> query = new LinkedHashMap<>();
        options.forEach((name, option) -> ("path".equals(option.get("kind")) ? path : query).put(name, option));
        StringBuilder out = new StringBuilder();
        out.append("=== Endpoint options\n\n");
        out.append("----\ncallfire:apiName/methodName\n----\n\n");
        out.append("==== Path parameters (").append(path.size()).append(" parameters)\n\n");
        table(out, path.entrySet());
        out.append("==== Query parameters (").append(query.size()).append(" parameters)\n\n");
        out.append("These apply to every operation (a few say which ones). Each operation's own options are listed "
                + "under <<Options of each operation>>; the route does not start with one its operation does not take."
                + "\n\n");
        groupedTables(out, query, "=====");
        return out.toString();
    }

    private static String headers(Map<String, Map<String, Object>> headers) {
        StringBuilder out = new StringBuilder();
        out.append("=== Message headers\n\n");
        out.append("The CallFire component supports ").append(headers.size())
                .append(" message headers, which are listed below (the constants are in `io.github.camelcallfire.CallfireConstants`).\n\n");
        out.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        headers.forEach((name, header) -> {
            String constant = String.valueOf(header.getOrDefault("constantName", ""));
            out.append("| *").append(name).append("* (").append(header.get("group")).append(")");
            if (constant.contains("#")) {
                out.append(" +\n`").append(constant.substring(constant.indexOf('#') + 1)).append('`');
            }
            out.append('\n');
            row(out, header);
        });
        out.append("|===\n\n");
        return out.toString();
    }

    private static void groupedTables(StringBuilder out, Map<String, Map<String, Object>> options, String heading) {
        Map<String, List<Map.Entry<String, Map<String, Object>>>> groups = new LinkedHashMap<>();
        GROUP_ORDER.forEach(group -> groups.put(group, new ArrayList<>()));
        options.entrySet().forEach(e -> groups.computeIfAbsent(String.valueOf(e.getValue().get("group")),
                g -> new ArrayList<>()).add(e));
        groups.forEach((group, entries) -> {
            if (!entries.isEmpty()) {
                out.append(heading).append(' ').append(group).append(" (").append(entries.size())
                        .append(entries.size() == 1 ? " option" : " options").append(")\n\n");
                table(out, entries);
            }
        });
    }

    private static void table(StringBuilder out, Iterable<Map.Entry<String, Map<String, Object>>> options) {
        out.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        for (Map.Entry<String, Map<String, Object>> e : options) {
            out.append("| *").append(e.getKey()).append("*\n");
            row(out, e.getValue());
        }
        out.append("|===\n\n");
    }

    static void row(StringBuilder out, Map<String, Object> option) {
        StringBuilder description = new StringBuilder();
        if (Boolean.TRUE.equals(option.get("required"))) {
            description.append("*Required* ");
        }
        if (Boolean.TRUE.equals(option.get("deprecated"))) {
            description.append("*Deprecated* ");
        }
        description.append(text(String.valueOf(option.getOrDefault("description", ""))));
        if (option.get("enum") instanceof List<?> values && !values.isEmpty()) {
            description.append(" +\nEnum values: ");
            for (int i = 0; i < values.size(); i++) {
                description.append(i == 0 ? "" : ", ").append('`').append(values.get(i)).append('`');
            }
        }
        if (Boolean.TRUE.equals(option.get("secret"))) {
            description.append(" +\nSecret: masked in logs and endpoint URIs.");
        }
        Object defaultValue = option.get("defaultValue");
        String shownDefault = defaultValue == null || String.valueOf(defaultValue).isEmpty()
                ? "" : "`" + cell(String.valueOf(defaultValue)) + "`";
        out.append("| ").append(description).append('\n');
        out.append(shownDefault.isEmpty() ? "|" : "| " + shownDefault).append('\n');
        out.append("| `").append(cell(simpleType(String.valueOf(option.get("javaType"))))).append("`\n");
    }

    /** {@code java.util.Map<java.lang.String, java.lang.Object>} becomes {@code Map<String, Object>}. */
    public static String simpleType(String javaType) {
        return PACKAGE.matcher(javaType).replaceAll("").replace('$', '.');
    }

    private static String text(String description) {
        return ATTRIBUTE_REFERENCE.matcher(cell(description)).replaceAll(Matcher.quoteReplacement("\\{"));
    }

    static String cell(String value) {
        return value.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
