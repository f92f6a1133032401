package io.github.camelcallfire.sandbox.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;

class NumbersCatalogTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private SandboxHttp http() {
        return new SandboxHttp(SANDBOX.sandbox());
    }

    private static List<String> numbers(JsonNode itemList) {
        return itemList.get("items").findValuesAsText("number").stream().filter(n -> n.length() == 11).toList();
    }

    @Test
    void findsLocalNumbersOfACityWithRegionAndNationalFormat() {
        SandboxHttp.Reply reply = http().get("/numbers/local?city=Los%20Angeles&state=CA&limit=3");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode items = reply.json().get("items");
        assertThat(reply.json().has("totalCount")).isFalse();
        assertThat(items).hasSize(3);
        JsonNode first = items.get(0);
        assertThat(first.get("number").asText()).isEqualTo("12135550100");
        assertThat(first.get("nationalFormat").asText()).isEqualTo("(213) 555-0100");
        assertThat(first.get("tollFree").asBoolean()).isFalse();
        JsonNode region = first.get("region");
        assertThat(region.get("prefix").asText()).isEqualTo("1213555");
        assertThat(region.get("city").asText()).isEqualTo("LOS ANGELES");
        assertThat(region.get("state").asText()).isEqualTo("CA");
        assertThat(region.get("zipcode").asText()).isEqualTo("90012");
        assertThat(region.has("country")).isFalse();
        assertThat(region.get("lata").asText()).isEqualTo("730");
        assertThat(region.get("rateCenter").asText()).isEqualTo("LOS ANGELES");
        assertThat(region.get("timeZone").asText()).isEqualTo("America/Los_Angeles");
        assertThat(region.get("latitude").isNumber()).isTrue();
    }

    @Test
    void answersTheSameCatalogOnEveryCall() {
        JsonNode first = http().get("/numbers/local?state=TX").json();
        JsonNode second = http().get("/numbers/local?state=TX").json();

        assertThat(first).isEqualTo(second);
        assertThat(first.get("items")).hasSize(4 * NumberCatalog.NUMBERS_PER_PREFIX);
    }

    @Test
    void filtersLocalNumbersByPrefixZipcodeLataAndRateCenter() {
        assertThat(numbers(http().get("/numbers/local?prefix=1617").json()))
                .allMatch(n -> n.startsWith("1617")).hasSize(NumberCatalog.NUMBERS_PER_PREFIX);
        assertThat(numbers(http().get("/numbers/local?zipcode=10007&limit=1").json()))
                .containsExactly("12125550100");
        assertThat(numbers(http().get("/numbers/local?lata=722").json()))
                .hasSize(2 * NumberCatalog.NUMBERS_PER_PREFIX);
        assertThat(numbers(http().get("/numbers/local?rateCenter=seattle&limit=2").json()))
                .containsExactly("12065550100", "12065550101");
        assertThat(http().get("/numbers/local?city=Atlantis").json().get("items")).isEmpty();
    }

    @Test
    void rejectsMalformedRegionFiltersNamingTheField() {
        SandboxHttp.Reply badPrefix = http().get("/numbers/local?prefix=12");
        assertThat(badPrefix.status()).isEqualTo(400);
        assertThat(badPrefix.json().get("message").asText()).contains("prefix").contains("4 to 7 digits");

        SandboxHttp.Reply badState = http().get("/numbers/regions?state=Cal");
        assertThat(badState.status()).isEqualTo(400);
        assertThat(badState.json().get("message").asText()).contains("state");

        SandboxHttp.Reply badZip = http().get("/numbers/local?zipcode=9001");
        assertThat(badZip.status()).isEqualTo(400);
        assertThat(badZip.json().get("message").asText()).contains("zipcode");
    }

    @Test
    void findsTollFreeNumbersByPattern() {
        SandboxHttp.Reply reply = http().get("/numbers/tollfree?pattern=88*&limit=5");

        assertThat(reply.status()).isEqualTo(200);
        List<String> found = numbers(reply.json());
        assertThat(found).hasSize(5).allMatch(n -> n.startsWith("188"));
        assertThat(reply.json().get("items").get(0).get("tollFree").asBoolean()).isTrue();
        assertThat(reply.json().get("items").get(0).get("nationalFormat").asText()).isEqualTo("(888) 555-0100");

        assertThat(numbers(http().get("/numbers/tollfree?pattern=1855").json()))
                .hasSize(NumberCatalog.NUMBERS_PER_PREFIX).allMatch(n -> n.startsWith("1855"));
        assertThat(numbers(http().get("/numbers/tollfree?pattern=8**&limit=1000").json()))
                .hasSize(NumberCatalog.TOLL_FREE_CODES.size() * NumberCatalog.NUMBERS_PER_PREFIX);
    }

    @Test
    void rejectsATollFreePatternWithOtherCharacters() {
        SandboxHttp.Reply reply = http().get("/numbers/tollfree?pattern=8%3F%3F");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("pattern");
    }

    @Test
    void pagesRegionsAndFiltersByCityPrefixAndCountry() {
        JsonNode page = http().get("/numbers/regions?limit=10&offset=5").json();
        assertThat(page.get("items")).hasSize(10);
        assertThat(page.get("limit").asInt()).isEqualTo(10);
        assertThat(page.get("offset").asInt()).isEqualTo(5);
        assertThat(page.get("totalCount").asInt()).isEqualTo(NumberCatalog.instance().regions().size());

        JsonNode sanCities = http().get("/numbers/regions?cityPrefix=san&country=US").json();
        assertThat(sanCities.get("items").findValuesAsText("city"))
                .containsExactly("SAN FRANCISCO", "SAN DIEGO", "SAN JOSE", "SAN ANTONIO");

        JsonNode california = http().get("/numbers/regions?state=ca").json();
        assertThat(california.get("totalCount").asInt()).isEqualTo(5);
    }

    @Test
    void storesRegionNamesInUpperCaseAndFindsThemInAnyCase() {
        JsonNode upper = http().get("/numbers/regions?city=SALT%20LAKE%20CITY").json();
        JsonNode lower = http().get("/numbers/regions?city=salt%20lake%20city&state=ut&country=us").json();
        JsonNode mixed = http().get("/numbers/regions?cityPrefix=Salt&rateCenter=Salt%20Lake%20City").json();

        assertThat(upper.get("totalCount").asInt()).isEqualTo(1);
        assertThat(lower).isEqualTo(upper);
        assertThat(mixed).isEqualTo(upper);
        JsonNode region = upper.get("items").get(0);
        assertThat(region.get("city").asText()).isEqualTo("SALT LAKE CITY");
        assertThat(region.get("rateCenter").asText()).isEqualTo("SALT LAKE CITY");
        assertThat(region.get("state").asText()).isEqualTo("UT");
        assertThat(numbers(http().get("/numbers/local?city=salt%20lake%20city&limit=1").json()))
                .containsExactly("18015550100");
        for (JsonNode each : http().get("/numbers/regions?limit=1000").json().get("items")) {
            assertThat(each.get("city").asText()).isUpperCase();
        }
    }

    @Test
    void hasOneFictionalPrefixPerCity() {
        JsonNode chicago = http().get("/numbers/regions?city=CHICAGO").json();

        assertThat(chicago.get("totalCount").asInt()).isEqualTo(1);
        assertThat(chicago.get("items").get(0).get("prefix").asText()).isEqualTo("1312555");
        assertThat(chicago.get("items").get(0).get("zipcode").asText()).isEqualTo("60602");
        assertThat(http().get("/numbers/regions?state=IL&zipcode=60640").json().get("totalCount").asInt()).isZero();
    }

    @Test
    void leasedNumbersDisappearFromTheCatalog() {
        SandboxHttp http = http();
        assertThat(http.post("/orders/numbers", Map.of("numbers", List.of("12135550100", "18005550100"))).status())
                .isEqualTo(201);

        assertThat(numbers(http.get("/numbers/local?prefix=1213555").json()))
                .doesNotContain("12135550100").startsWith("12135550101")
                .hasSize(NumberCatalog.NUMBERS_PER_PREFIX - 1);
        assertThat(numbers(http.get("/numbers/tollfree?pattern=800").json())).doesNotContain("18005550100");
    }
}
