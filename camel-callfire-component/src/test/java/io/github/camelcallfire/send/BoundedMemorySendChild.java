package io.github.camelcallfire.send;

import io.github.camelcallfire.ChildContexts;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Runs in a JVM of its own with a small heap ({@link BoundedMemorySendTest}): sends {@code count} recipients as a
 * List, as an Iterator and as CSV lines from an InputStream, each to numbers of its own, and prints each summary.
 * Arguments: baseUrl username password count.
 */
public final class BoundedMemorySendChild {

    private BoundedMemorySendChild() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[3]);
        CamelContext context = ChildContexts.callfire(args);
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        String uri = "callfire:texts/send?defaultMessage=Your appointment is tomorrow at 9:30";

        List<String> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(SentTexts.number(i));
        }
        System.out.println("list: " + template.requestBody(uri, list, SendSummary.class));
        list = null;
        System.out.println("iterator: " + template.requestBody(uri, numbers(count, count), SendSummary.class));
        System.out.println("csv: " + template.requestBody(uri, csv(2L * count, count), SendSummary.class));
        context.stop();
    }

    private static Iterator<String> numbers(long from, int count) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public String next() {
                if (next == count) {
                    throw new NoSuchElementException();
                }
                return SentTexts.number(from + next++);
            }
        };
    }

    /* lines made as they are read: the whole CSV never exists in memory */
    private static InputStream csv(long from, int count) {
        Iterator<String> numbers = numbers(from, count);
        return new InputStream() {
            private byte[] line = new byte[0];
            private int position;

            @Override
            public int read() {
                if (position == line.length) {
                    if (!numbers.hasNext()) {
                        return -1;
                    }
                    line = (numbers.next() + ",\"Reply YES to confirm, NO to cancel\"\n").getBytes(StandardCharsets.UTF_8);
                    position = 0;
                }
                return line[position++];
            }
        };
    }
}
