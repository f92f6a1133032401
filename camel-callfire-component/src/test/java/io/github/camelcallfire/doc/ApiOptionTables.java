package io.github.camelcallfire.doc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the catalog's {@code apiProperties} (each operation's own options) as one section per api: its operations
 * with the options each takes (required ones in bold), then the api's options with their descriptions.
 */
final class ApiOptionTables {

    private static final String REQUIRED_NOTE = " Required: in the URI or, per message, in the header ";

    private ApiOptionTables() {
    }

    @SuppressWarnings("unchecked")
    static String render(Map<String, Map<String, Object>> apis) {
        StringBuilder out = new StringBuilder();
        int methods = apis.values().stream()
                .mapToInt(api -> ((Map<String, Object>) api.get("methods")).size()).sum();
        out.append("=== Options of each operation\n\n");
        out.append("The CallFire endpoint is API based (`callfire:apiName/methodName`): ").append(apis.size())
                .append(" apis with ").append(methods).append(" operations. Each operation takes its own options, listed "
                        + "below; Camel's catalog knows them per operation (`apiProperties`), so tools offer and "
                        + "check them for the operation of the URI. Options in *bold* are required: in the URI or, per "
                        + "message, in the header `CamelCallfire<Option>`. Broadcast operations take the endpoint "
                        + "option `broadcastType`.\n\n");
        apis.forEach((name, api) -> api(out, name, api));
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void api(StringBuilder out, String name, Map<String, Object> api) {
        Map<String, Map<String, Object>> methods = (Map<String, Map<String, Object>>) api.get("methods");
        Map<String, Map<String, Object>> options = new LinkedHashMap<>();
        out.append("==== API: ").append(name).append("\n\n");
        out.append(ComponentDocTables.cell(String.valueOf(api.getOrDefault("description", "")))).append(".\n\n");
        out.append("[width=\"100%\",cols=\"2,4,4\",options=\"header\"]\n|===\n| Operation | Request | Options\n");
        methods.forEach((method, model) -> {
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) model.get("properties");
            List<String> names = new ArrayList<>();
            properties.forEach((option, property) -> {
                names.add(Boolean.FALSE.equals(property.get("optional")) ? "*" + option + "*" : option);
                if (Boolean.TRUE.equals(property.get("optional")) || !options.containsKey(option)) {
                    options.put(option, property);
                }
            });
            out.append("| `").append(name).append('/').append(method).append("`\n");
            out.append("| ").append(ComponentDocTables.cell(String.valueOf(model.getOrDefault("description", ""))))
                    .append('\n');
            out.append("| ").append(names.isEmpty() ? "none" : String.join(", ", names)).append('\n');
        });
        out.append("|===\n\n");
        if (!options.isEmpty()) {
            out.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Option | Description | Default | Type\n");
            options.forEach((option, property) -> {
                Map<String, Object> shown = new LinkedHashMap<>(property);
                String description = String.valueOf(property.getOrDefault("description", ""));
                int note = description.indexOf(REQUIRED_NOTE);
                shown.put("description", note < 0 ? description : description.substring(0, note));
                out.append("| *").append(option).append("*\n");
                ComponentDocTables.row(out, shown);
            });
            out.append("|===\n\n");
        }
    }
}
