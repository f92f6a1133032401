package io.github.camelcallfire.doc;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The options and headers tables of callfire-component.adoc are the ones the catalog JSON gives: a changed option,
 * default or header without a refreshed adoc fails here.
 */
class ComponentDocTablesTest {

    private final Path adoc = Path.of(ComponentDocTables.ADOC);
    private final Path catalog = Path.of(ComponentDocTables.CATALOG);

    @Test
    void committedAdocHasTheTablesTheCatalogGives() throws Exception {
        String committed = Files.readString(adoc, StandardCharsets.UTF_8);
        String rendered = ComponentDocTables.render(committed, Files.readString(catalog, StandardCharsets.UTF_8));
        if (!rendered.equals(committed)) {
            fail(adoc + " has stale options/headers tables (it differs from what " + catalog
                    + " gives, first at line " + firstDifferingLine(committed, rendered) + "). Regenerate it with: "
                    + ComponentDocTables.UPDATE_COMMAND + ", then commit the adoc.");
        }
    }

    @Test
    void everyOptionAndHeaderOfTheCatalogIsInTheAdoc() throws Exception {
        String text = Files.readString(adoc, StandardCharsets.UTF_8);
        assertThat(text).contains("| *apiName*", "*Required* The CallFire API area", "| *stateRepository*",
                "| *CamelCallfireHttpStatus* (producer)", "==== Query parameters (", "===== consumer (");
        assertThat(text).doesNotContain("include::partial$", "Since Camel", "same version as your Camel core");
    }

    @Test
    void sinceAndVersionAreCamelCallfiresOwn() throws Exception {
        Map<?, ?> component = (Map<?, ?>) new ObjectMapper().readValue(catalog.toFile(), Map.class).get("component");
        String text = Files.readString(adoc, StandardCharsets.UTF_8);
        assertThat(text).contains(":since: " + component.get("firstVersion") + "\n",
                "*Since camel-callfire {since}*",
                "this is camel-callfire " + component.get("version") + ", built and tested with Camel "
                        + System.getProperty("camel.baseline.version",
                                CamelContext.class.getPackage().getImplementationVersion()),
                "<version>" + component.get("version") + "</version>");
    }

    @Test
    void typesAreShownWithoutPackages() {
        assertThat(ComponentDocTables.simpleType("java.util.Map<java.lang.String, java.lang.Object>"))
                .isEqualTo("Map<String, Object>");
        assertThat(ComponentDocTables.simpleType("org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String>"))
                .isEqualTo("StateRepository<String, String>");
        assertThat(ComponentDocTables.simpleType("io.github.camelcallfire.Outer$Inner")).isEqualTo("Outer.Inner");
        assertThat(ComponentDocTables.simpleType("long")).isEqualTo("long");
    }

    private static int firstDifferingLine(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                return i + 1;
            }
        }
        return Math.min(x.length, y.length) + 1;
    }
}
