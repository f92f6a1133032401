package io.github.camelcallfire.model;

import static io.github.camelcallfire.model.ModelSample.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BroadcastModelTest {

    static final String SCHEDULE = """
            {"id":8,"campaignId":42,"startDate":{"year":2024,"month":5,"day":1},
             "stopDate":{"year":2024,"month":5,"day":31},
             "startTimeOfDay":{"hour":9,"minute":30,"second":0,"nano":0},
             "stopTimeOfDay":{"hour":17,"minute":0,"second":0,"nano":0},
             "timeZone":"America/New_York","daysOfWeek":["MONDAY","FRIDAY"]}
            """;

    static final String TEXT_BROADCAST = """
            {"id":42,"name":"Spring sale","status":"RUNNING","lastModified":1700000000000,"fromNumber":"67076",
             "labels":["sale"],"maxActive":100,"resumeNextDay":true,
             "localTimeRestriction":{"enabled":true,"beginHour":9,"beginMinute":0,"endHour":18,"endMinute":30},
             "schedules":[%s],
             "retryConfig":{"maxAttempts":2,"minutesBetweenAttempts":60,"retryResults":["CARRIER_TEMP_ERROR"],
                            "retryPhoneTypes":["MOBILE_PHONE"]},
             "message":"20%% off today","bigMessageStrategy":"TRIM","media":[{"id":31}],
             "recipients":[{"phoneNumber":"12135551100","message":"Just for you"},{"contactId":12}]}
            """.formatted(SCHEDULE);

    static final String CALL_BROADCAST = """
            {"id":43,"name":"Reminder","status":"SETUP","fromNumber":"12132000384","maxActive":5,
             "recipients":[{"phoneNumber":"12135551100","attributes":{"day":"Monday"}}],
             "sounds":{"liveSoundText":"Hello","liveSoundTextVoice":"MALE1","machineSoundId":7},
             "answeringMachineConfig":"LIVE_WITH_AMD","dialplanXml":"<dialplan/>","maxActiveTransfers":2,
             "retryConfig":{"maxAttempts":3}}
            """;

    static List<ModelSample> samples() {
        return List.of(
                ModelSample.of(TextBroadcast.class, TEXT_BROADCAST),
                ModelSample.of(CallBroadcast.class, CALL_BROADCAST),
                ModelSample.of(CallBroadcastSounds.class, """
                        {"liveSoundText":"Hi","liveSoundId":1,"liveSoundTextVoice":"FEMALE1",
                         "machineSoundText":"Call back","machineSoundId":2,"machineSoundTextVoice":"MALE1",
                         "transferSoundText":"Hold on","transferSoundId":3,"transferSoundTextVoice":"SPANISH1",
                         "transferDigit":"1","transferNumber":"12135550000","dncDigit":"9",
                         "dncSoundText":"Removed","dncSoundId":4,"dncSoundTextVoice":"FRENCHCANADIAN1"}
                        """),
                ModelSample.of(RetryConfig.class, """
                        {"maxAttempts":2,"minutesBetweenAttempts":30,"retryResults":["BUSY","NO_ANS"],
                         "retryPhoneTypes":["HOME_PHONE","WORK_PHONE"]}
                        """),
                ModelSample.of(Schedule.class, SCHEDULE),
                ModelSample.of(ScheduleDate.class, """
                        {"year":2024,"month":2,"day":29}
                        """),
                ModelSample.of(ScheduleTime.class, """
                        {"hour":23,"minute":59,"second":59,"nano":0}
                        """),
                ModelSample.of(LocalTimeRestriction.class, """
                        {"enabled":false,"beginHour":8,"beginMinute":15,"endHour":20,"endMinute":45}
                        """),
                ModelSample.of(Batch.class, """
                        {"id":77,"name":"May list","status":"ACTIVE","broadcastId":42,"created":1700000000000,
                         "size":1000,"remaining":250,"enabled":true}
                        """),
                ModelSample.of(BatchRequest.class, """
                        {"name":"Walk-ins","contactListId":9,"recipients":[{"phoneNumber":"12135551100"}],
                         "scrubDuplicates":true}
                        """),
                ModelSample.of(TextBroadcastStats.class, """
                        {"totalOutboundCount":10,"remainingOutboundCount":2,"billedAmount":0.06,"sentCount":7,
                         "unsentCount":1,"recievedCount":3,"doNotTextCount":1,"tooBigCount":0,"errorCount":1}
                        """),
                ModelSample.of(CallBroadcastStats.class, """
                        {"totalOutboundCount":10,"remainingOutboundCount":0,"billedAmount":4.25,"callsAttempted":10,
                         "callsPlaced":9,"callsDuration":600,"billedDuration":660,"responseRatePercent":70,
                         "callsRemaining":0,"callsAwaitingRedial":1,"callsLiveAnswer":5,"totalCount":10,
                         "answeringMachineCount":2,"busyCount":1,"dialedCount":9,"doNotCallCount":1,"errorCount":0,
                         "liveCount":5,"miscCount":0,"noAnswerCount":1,"transferCount":2}
                        """),
                ModelSample.of(TextAutoReply.class, """
                        {"id":5,"number":"67076","keyword":"JOIN","match":"join","message":"Welcome ${text.message}"}
                        """),
                ModelSample.of(CampaignSound.class, """
                        {"id":7,"name":"greeting","created":1700000000000,"lengthInSeconds":4,"duplicate":false,
                         "status":"ACTIVE"}
                        """),
                ModelSample.of(TextToSpeech.class, """
                        {"message":"Hello there","voice":"FEMALE1"}
                        """),
                ModelSample.of(CallCreateSound.class, """
                        {"name":"my voice","toNumber":"12135551100"}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void roundTripsThroughJacksonUnchanged(ModelSample sample) throws Exception {
        RoundTrip.assertUnchanged(sample);
    }

    @Test
    void readsTextBroadcastRecipientsAsTextRecipients() throws Exception {
        TextBroadcast broadcast = MAPPER.readValue(TEXT_BROADCAST, TextBroadcast.class);

        assertThat(broadcast.getStatus()).isEqualTo(BroadcastStatus.RUNNING);
        assertThat(broadcast.getBigMessageStrategy()).isEqualTo(BigMessageStrategy.TRIM);
        assertThat(broadcast.getRecipients()).extracting(TextRecipient::getMessage)
                .containsExactly("Just for you", null);
        assertThat(broadcast.getRetryConfig().getRetryPhoneTypes()).containsExactly(RetryPhoneType.MOBILE_PHONE);
    }

    @Test
    void readsCallBroadcastSoundsAndAnsweringMachineConfig() throws Exception {
        CallBroadcast broadcast = MAPPER.readValue(CALL_BROADCAST, CallBroadcast.class);

        assertThat(broadcast.getAnsweringMachineConfig()).isEqualTo(AnsweringMachineConfig.LIVE_WITH_AMD);
        assertThat(broadcast.getSounds().getLiveSoundTextVoice()).isEqualTo(Voice.MALE1);
        assertThat(broadcast.getRecipients().get(0).getAttributes()).containsEntry("day", "Monday");
    }

    @Test
    void convertsScheduleDatesAndTimesToJavaTime() throws Exception {
        Schedule schedule = MAPPER.readValue(SCHEDULE, Schedule.class);

        assertThat(schedule.getStartDate().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(schedule.getStartTimeOfDay().toLocalTime()).isEqualTo(LocalTime.of(9, 30));
        assertThat(schedule.getDaysOfWeek()).extracting(DayOfWeek::toJavaTime)
                .containsExactly(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY);
    }

    @Test
    void buildsScheduleDatesAndTimesFromJavaTime() {
        assertThat(ScheduleDate.of(LocalDate.of(2024, 12, 24)))
                .isEqualTo(MAPPER.convertValue(java.util.Map.of("year", 2024, "month", 12, "day", 24),
                        ScheduleDate.class));
        assertThat(ScheduleTime.of(LocalTime.of(7, 5)).toLocalTime()).isEqualTo(LocalTime.of(7, 5));
        assertThat(DayOfWeek.of(java.time.DayOfWeek.SUNDAY)).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void readsTimeWithoutSecondsAsWholeMinute() throws Exception {
        ScheduleTime time = MAPPER.readValue("{\"hour\":6,\"minute\":45}", ScheduleTime.class);

        assertThat(time.toLocalTime()).isEqualTo(LocalTime.of(6, 45));
    }

    @Test
    void refusesToConvertIncompleteScheduleDateNamingTheMissingParts() throws Exception {
        ScheduleDate date = MAPPER.readValue("{\"year\":2024,\"month\":5}", ScheduleDate.class);

        assertThatThrownBy(date::toLocalDate)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("year, month and day")
                .hasMessageContaining("ScheduleDate{year=2024, month=5}");
    }

    @Test
    void refusesToConvertUnknownDayOfWeek() throws Exception {
        DayOfWeek day = MAPPER.readValue("\"HOLIDAY\"", DayOfWeek.class);

        assertThat(day).isEqualTo(DayOfWeek.UNKNOWN);
        assertThatThrownBy(day::toJavaTime).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keepsTheWireSpellingOfReceivedCount() throws Exception {
        TextBroadcastStats stats = MAPPER.readValue("{\"recievedCount\":3}", TextBroadcastStats.class);

        assertThat(stats.getRecievedCount()).isEqualTo(3);
        assertThat(MAPPER.writeValueAsString(stats)).isEqualTo("{\"recievedCount\":3}");
    }
}
