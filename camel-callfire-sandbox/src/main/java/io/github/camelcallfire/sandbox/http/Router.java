package io.github.camelcallfire.sandbox.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps method + path template ({@code /texts/{id}}, {@code /media/{id}.{extension}}) to handlers. Literal segments
 * win over parameters, so {@code /calls/recordings/{id}} is tried before {@code /calls/{id}/recordings} and
 * {@code /media/{id}.{extension}} before {@code /media/{id}}.
 */
public final class Router {

    /** A path matched; {@code handler} is null when the path exists but not for that method (405). */
    public record Match(Handler handler, Map<String, String> pathParams, Set<String> allowedMethods) {
    }

    private record Route(String template, Pattern pattern, List<String> names, String rank,
                         Map<String, Handler> byMethod) {
    }

    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z]+)}");

    private final List<Route> routes = new ArrayList<>();

    public Router get(String template, Handler handler) {
        return add("GET", template, handler);
    }

    public Router post(String template, Handler handler) {
        return add("POST", template, handler);
    }

    public Router put(String template, Handler handler) {
        return add("PUT", template, handler);
    }

    public Router delete(String template, Handler handler) {
        return add("DELETE", template, handler);
    }

    public synchronized Router add(String method, String template, Handler handler) {
        Route route = routes.stream().filter(r -> r.template.equals(template)).findFirst().orElseGet(() -> {
            Route r = compile(template);
            routes.add(r);
            routes.sort(Comparator.comparing(Route::rank));
            return r;
        });
        if (route.byMethod.putIfAbsent(method, handler) != null) {
            throw new IllegalStateException("duplicate route " + method + " " + template);
        }
        return this;
    }

    /** The handler for a request, or null when no template matches the path (404). */
    public Match match(String method, String path) {
        for (Route route : routes) {
            Matcher m = route.pattern.matcher(path);
            if (!m.matches()) {
                continue;
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < route.names.size(); i++) {
                params.put(route.names.get(i), m.group(i + 1));
            }
            return new Match(route.byMethod.get(method), params, new LinkedHashSet<>(route.byMethod.keySet()));
        }
        return null;
    }

    public int size() {
        return routes.stream().mapToInt(r -> r.byMethod.size()).sum();
    }

    private static Route compile(String template) {
        StringBuilder regex = new StringBuilder();
        StringBuilder rank = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (String segment : template.substring(1).split("/")) {
            regex.append('/');
            Matcher m = PARAM.matcher(segment);
            int last = 0;
            int params = 0;
            while (m.find()) {
                regex.append(Pattern.quote(segment.substring(last, m.start())));
                regex.append("([^/]+?)");
                names.add(m.group(1));
                last = m.end();
                params++;
            }
            regex.append(Pattern.quote(segment.substring(last)));
            boolean literal = params == 0;
            boolean pureParam = params == 1 && segment.startsWith("{") && segment.endsWith("}");
            rank.append(literal ? '0' : pureParam ? '2' : '1');
        }
        return new Route(template, Pattern.compile(regex.toString()), names, rank.toString(), new LinkedHashMap<>());
    }
}
