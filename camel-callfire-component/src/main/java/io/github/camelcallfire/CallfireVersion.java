package io.github.camelcallfire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;

import java.io.IOException;
import java.io.InputStream;

/** The component version, read once from the catalog JSON the build generates. */
final class CallfireVersion {

    private static final String CATALOG = "META-INF/io/github/camelcallfire/callfire.json";
    private static final String VERSION = readVersion();

    private CallfireVersion() {
    }

    static String version() {
        return VERSION;
    }

    /** {@code camel-callfire/<version> (Apache Camel <camel version>)}. */
    static String userAgent(CamelContext camelContext) {
        return "camel-callfire/" + VERSION + " (Apache Camel " + camelContext.getVersion() + ")";
    }

    private static String readVersion() {
        try (InputStream catalog = CallfireVersion.class.getClassLoader().getResourceAsStream(CATALOG)) {
            if (catalog == null) {
                return "unknown";
            }
            JsonNode version = new ObjectMapper().readTree(catalog).path("component").path("version");
            return version.isTextual() ? version.asText() : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
