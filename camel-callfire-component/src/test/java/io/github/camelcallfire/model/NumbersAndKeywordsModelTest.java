package io.github.camelcallfire.model;

import static io.github.camelcallfire.model.ModelSample.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NumbersAndKeywordsModelTest {

    static final String REGION = """
            {"prefix":"1213555","city":"Los Angeles","state":"CA","zipcode":"90001","country":"US","lata":"730",
             "rateCenter":"LSAN DA 01","latitude":34.05,"longitude":-118.25,"timeZone":"America/Los_Angeles"}
            """;

    static final String NUMBER_CONFIG = """
            {"number":"12135551100","configType":"TRACKING",
             "callTrackingConfig":{"transferNumbers":["12135550000"],"screen":false,"recorded":true,
               "voicemail":true,"introSoundId":1,"whisperSoundId":2,"voicemailSoundId":3,"failedTransferSoundId":4,
               "weeklySchedule":{"daysOfWeek":["MONDAY","TUESDAY"],"startTimeOfDay":{"hour":8,"minute":0},
                                 "stopTimeOfDay":{"hour":17,"minute":30},"timeZone":"America/Chicago"},
               "googleAnalytics":{"domain":"shop.example","googleAccountId":"UA-1","category":"calls"}},
             "ivrInboundConfig":{"dialplanXml":"<dialplan/>"},
             "textInboundConfig":{"forwardEnabled":true,"forwardNumber":"12135550001"}}
            """;

    static List<ModelSample> samples() {
        return List.of(
                ModelSample.of(Keyword.class, """
                        {"keyword":"PIZZA","number":"67076","shortCode":"67076"}
                        """),
                ModelSample.of(KeywordLease.class, """
                        {"keyword":"PIZZA","number":"67076","shortCode":"67076","leaseBegin":1700000000000,
                         "leaseEnd":1731536000000,"autoRenew":true,"status":"ACTIVE","type":"EXTRA",
                         "labels":["food"],"contactListId":9,"doubleOptInEnabled":true,
                         "optInConfirmationMessage":"Reply Y to confirm"}
                        """),
                ModelSample.of(KeywordConfig.class, """
                        {"keyword":"PIZZA","textInboundConfig":{"forwardEnabled":false}}
                        """),
                ModelSample.of(KeywordPurchaseRequest.class, """
                        {"keywords":["PIZZA","PASTA"]}
                        """),
                ModelSample.of(Number.class, """
                        {"number":"12135551100","nationalFormat":"(213) 555-1100","tollFree":false,
                         "region":%s,"sendEmailOnCreate":false}
                        """.formatted(REGION)),
                ModelSample.of(Region.class, REGION),
                ModelSample.of(NumberLease.class, """
                        {"number":"18005551100","nationalFormat":"(800) 555-1100","tollFree":true,
                         "region":{"country":"US"},"leaseBegin":1700000000000,"leaseEnd":1731536000000,
                         "autoRenew":true,"status":"ACTIVE","callFeatureStatus":"ENABLED","textFeatureStatus":"PENDING",
                         "labels":["support"],"type":"PLAN"}
                        """),
                ModelSample.of(NumberConfig.class, NUMBER_CONFIG),
                ModelSample.of(CallTrackingConfig.class, """
                        {"transferNumbers":["12135550000","12135550001"],"screen":true}
                        """),
                ModelSample.of(IvrInboundConfig.class, """
                        {"dialplanXml":"<dialplan><play type=\\"tts\\">Hi</play></dialplan>"}
                        """),
                ModelSample.of(TextInboundConfig.class, """
                        {"forwardEnabled":true,"forwardNumber":"12135550001"}
                        """),
                ModelSample.of(WeeklySchedule.class, """
                        {"daysOfWeek":["SATURDAY","SUNDAY"],"startTimeOfDay":{"hour":10,"minute":0,"second":0,"nano":0},
                         "stopTimeOfDay":{"hour":14,"minute":0,"second":0,"nano":0},"timeZone":"UTC"}
                        """),
                ModelSample.of(GoogleAnalytics.class, """
                        {"domain":"shop.example","googleAccountId":"UA-1","category":"calls"}
                        """),
                ModelSample.of(NumberOrder.class, """
                        {"id":600,"status":"FINISHED","created":1700000000000,"totalCost":2.0,
                         "localNumbers":{"ordered":2,"unitCost":1.0,"fulfilled":["12135551100","12135551101"]},
                         "tollFreeNumbers":{"ordered":0,"unitCost":2.0,"fulfilled":[]},
                         "keywords":{"ordered":1,"unitCost":0.0,"fulfilled":["PIZZA"]},
                         "salesTax":0.1,"summary":2.0,"total":2.1}
                        """),
                ModelSample.of(NumberOrderItem.class, """
                        {"ordered":3,"unitCost":1.25,"fulfilled":["12135551100"]}
                        """),
                ModelSample.of(NumberPurchaseRequest.class, """
                        {"numbers":["12135551100"],"localCount":2,"tollFreeCount":1,"prefix":"1213",
                         "city":"Los Angeles","state":"CA","zipcode":"90001","lata":"730","rateCenter":"LSAN DA 01",
                         "promo":"SPRING"}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void roundTripsThroughJacksonUnchanged(ModelSample sample) throws Exception {
        RoundTrip.assertUnchanged(sample);
    }

    @Test
    void readsNestedCallTrackingConfiguration() throws Exception {
        NumberConfig config = MAPPER.readValue(NUMBER_CONFIG, NumberConfig.class);

        assertThat(config.getConfigType()).isEqualTo(ConfigType.TRACKING);
        CallTrackingConfig tracking = config.getCallTrackingConfig();
        assertThat(tracking.getWeeklySchedule().getDaysOfWeek()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        assertThat(tracking.getGoogleAnalytics().getGoogleAccountId()).isEqualTo("UA-1");
        assertThat(config.getTextInboundConfig().getForwardNumber()).isEqualTo("12135550001");
    }

    @Test
    void numberLeaseIsANumberWithLeaseTerms() throws Exception {
        NumberLease lease = MAPPER.readValue(
                "{\"number\":\"18005551100\",\"tollFree\":true,\"status\":\"ACTIVE\",\"type\":\"PLAN\"}",
                NumberLease.class);

        assertThat(lease).isInstanceOf(Number.class);
        assertThat(lease.getTollFree()).isTrue();
        assertThat(lease.getStatus()).isEqualTo(LeaseStatus.ACTIVE);
        assertThat(lease.getType()).isEqualTo(LeaseType.PLAN);
    }

    @Test
    void buildsKeywordPurchaseRequestFromKeywords() throws Exception {
        assertThat(MAPPER.writeValueAsString(KeywordPurchaseRequest.of(List.of("PIZZA", "PASTA"))))
                .isEqualTo("{\"keywords\":[\"PIZZA\",\"PASTA\"]}");
    }
}
