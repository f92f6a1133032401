package io.github.camelcallfire;

import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.send.SendSummary;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code CallfireProducer} puts into the message besides the body: auto-pagination chosen per message, the page
 * headers of the first page, the send result chosen per message, and the life cycle of a send state repository.
 * Each test names the regression it guards.
 */
class ProducerResultsTest extends CallfireTestSupport {

    /**
     * Guards the AUTO_PAGINATE header (it wins over the option both ways), the page size taken from {@code limit}
     * (1000 without it) and the page headers of the first page of an iterator.
     */
    @Test
    void theAutoPaginateHeaderWinsOverTheOptionAndThePageHeadersDescribeTheFirstPage() {
        List<String> numbers = List.of("12135550031", "12135550032", "12135550033", "12135550034", "12135550035");
        template.requestBody("callfire:texts/send?defaultMessage=page", numbers);

        Exchange paged = template.request("callfire:texts/find?limit=2", e -> e.getMessage()
                .setHeader(CallfireConstants.AUTO_PAGINATE, true));
        assertThat(paged.getMessage().getBody()).isInstanceOf(Iterator.class);
        assertThat(drain(paged.getMessage().getBody(Iterator.class))).hasSize(5);
        assertThat(paged.getMessage().getHeader(CallfireConstants.TOTAL_COUNT, Long.class)).isEqualTo(5L);
        assertThat(paged.getMessage().getHeader(CallfireConstants.PAGE_OFFSET, Long.class)).isZero();
        assertThat(paged.getMessage().getHeader(CallfireConstants.PAGE_LIMIT, Long.class)).isEqualTo(2L);
        assertThat(paged.getMessage().getHeader(CallfireConstants.OPERATION_ID)).isEqualTo("findTexts");

        Exchange whole = template.request("callfire:texts/find?autoPaginate=true", e -> { });
        assertThat(drain(whole.getMessage().getBody(Iterator.class))).hasSize(5);
        assertThat(whole.getMessage().getHeader(CallfireConstants.PAGE_LIMIT, Long.class)).isEqualTo(1000L);

        Exchange onePage = template.request("callfire:texts/find?autoPaginate=true&limit=3", e -> e.getMessage()
                .setHeader(CallfireConstants.AUTO_PAGINATE, "false"));
        assertThat(onePage.getMessage().getBody()).isInstanceOfSatisfying(Page.class,
                page -> assertThat(page.getItems()).hasSize(3));
        assertThat(onePage.getMessage().getHeader(CallfireConstants.TOTAL_COUNT, Long.class)).isEqualTo(5L);
        assertThat(onePage.getMessage().getHeader(CallfireConstants.PAGE_LIMIT, Long.class)).isEqualTo(3L);
    }

    /** Guards the SEND_RESULT header of texts/send (it wins over the option) and the 200 status of a chunked send. */
    @Test
    void theSendResultHeaderWinsOverTheOption() {
        List<String> numbers = List.of("12135550041", "12135550042");

        Exchange summary = template.request("callfire:texts/send?defaultMessage=hi", e -> e.getMessage()
                .setBody(numbers));
        Exchange ids = template.request("callfire:texts/send?defaultMessage=hi", e -> {
            e.getMessage().setBody(numbers);
            e.getMessage().setHeader(CallfireConstants.SEND_RESULT, "IDS");
        });

        assertThat(summary.getMessage().getBody(SendSummary.class).getIds()).isNull();
        assertThat(summary.getMessage().getHeader(CallfireConstants.HTTP_STATUS)).isEqualTo(200);
        assertThat(ids.getMessage().getBody(SendSummary.class).getIds()).hasSize(2);
        assertThat(ids.getMessage().getHeader(CallfireConstants.HTTP_STATUS)).isEqualTo(200);
        assertThat(ids.getMessage().getHeader(CallfireConstants.OPERATION_ID)).isEqualTo("sendTexts");
    }

    /** Guards the result headers of a plain call: the status, and no created id for a result that is not one. */
    @Test
    void aPlainCallCarriesItsStatusAndNoCreatedId() {
        Exchange found = template.request("callfire:texts/find?limit=1", e -> { });

        assertThat(found.getMessage().getHeader(CallfireConstants.HTTP_STATUS)).isEqualTo(200);
        assertThat(found.getMessage().getHeader(CallfireConstants.CREATED_ID)).isNull();
        assertThat(found.getMessage().getHeader(CallfireConstants.PAGE_LIMIT, Long.class)).isEqualTo(1L);
    }

    /**
     * Guards the producer's start and stop of a send state repository it was given unstarted (a FileStateRepository
     * reads its file only when started), and that it leaves alone one that the application started.
     */
    @Test
    void startsAndStopsAnUnstartedSendStateRepositoryAndLeavesAStartedOneRunning() throws Exception {
        MemoryStateRepository unstarted = new MemoryStateRepository();
        MemoryStateRepository started = new MemoryStateRepository();
        started.start();
        context.getRegistry().bind("unstarted", unstarted);
        context.getRegistry().bind("started", started);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:a").to("callfire:texts/send?defaultMessage=a&sendStateRepository=#unstarted");
                from("direct:b").to("callfire:texts/send?defaultMessage=b&sendStateRepository=#started");
            }
        });

        assertThat(unstarted.isStarted()).isTrue();
        assertThat(template.requestBodyAndHeader("direct:a", List.of("12135550051"), CallfireConstants.SEND_KEY, "a-1"))
                .isInstanceOf(SendSummary.class);

        context.stop();

        assertThat(unstarted.isStopped()).isTrue();
        assertThat(started.isStarted()).isTrue();
    }

    /**
     * Guards the upload body conversions of {@code CallfireProducer.requestBody}: a File, a Path and a file consumer's
     * GenericFile go out as files under their own name (no fileName needed), any other body (here a ByteBuffer) as
     * its bytes.
     */
    @Test
    void anUploadTakesAFileAPathOrACamelFileUnderItsOwnNameAndOtherBodiesAsBytes(@TempDir Path dir)
            throws Exception {
        // the sandbox refuses the same content twice: one file each
        Path asFile = png(dir, "logo1.png", 1);
        Path asPath = png(dir, "logo2.png", 2);
        Path asCamelFile = png(dir, "logo3.png", 3);
        GenericFile<File> camelFile = new GenericFile<>();
        camelFile.setFile(asCamelFile.toFile());
        camelFile.setFileName("logo3.png");
        camelFile.setFileNameOnly("logo3.png");
        camelFile.setAbsoluteFilePath(asCamelFile.toAbsolutePath().toString());
        camelFile.setAbsolute(true);
        // what the file consumer's binding sets: the body is the File itself
        camelFile.setBody(asCamelFile.toFile());

        for (Object body : List.of(asFile.toFile(), asPath, camelFile)) {
            Exchange uploaded = template.request("callfire:media/upload?name=logo", e -> e.getMessage().setBody(body));
            assertThat(uploaded.getException()).as("upload of a %s", body.getClass().getSimpleName()).isNull();
            assertThat(uploaded.getMessage().getHeader(CallfireConstants.CREATED_ID, Long.class)).isPositive();
        }
        Exchange fromBuilder = template.request("callfire:contact-lists/upload?name=built&fileName=list.csv",
                e -> e.getMessage().setBody(ByteBuffer.wrap("firstName,mobilePhone\nAda,12135554001\n"
                        .getBytes(StandardCharsets.UTF_8))));
        assertThat(fromBuilder.getException()).isNull();
        assertThat(fromBuilder.getMessage().getHeader(CallfireConstants.CREATED_ID, Long.class)).isPositive();
    }

    private static Path png(Path dir, String name, int content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', (byte) content });
        return file;
    }

    private static List<Object> drain(Iterator<?> items) {
        List<Object> all = new ArrayList<>();
        items.forEachRemaining(all::add);
        assertThat(all).allMatch(Text.class::isInstance);
        return all;
    }
}
