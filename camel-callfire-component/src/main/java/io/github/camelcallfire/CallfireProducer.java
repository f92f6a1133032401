package io.github.camelcallfire;

import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.model.ResourceId;
import io.github.camelcallfire.operation.BodySpec;
import io.github.camelcallfire.operation.CallfireOperation;
import io.github.camelcallfire.operation.CallfireResult;
import io.github.camelcallfire.operation.OperationExecutor;
import io.github.camelcallfire.operation.PageIterator;
import io.github.camelcallfire.operation.ResultSpec;
import io.github.camelcallfire.send.ChunkedSend;
import io.github.camelcallfire.send.SendResult;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.DefaultProducer;
import org.apache.camel.support.service.ServiceHelper;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Sends the message to the endpoint's CallFire operation and puts the typed result into the message. */
public class CallfireProducer extends DefaultProducer {

    private final CallfireEndpoint endpoint;

    private boolean ownsSendStateRepository;

    public CallfireProducer(CallfireEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    /* a FileStateRepository reads what an earlier process wrote only when it starts */
    @Override
    protected void doStart() throws Exception {
        super.doStart();
        StateRepository<String, String> repository = endpoint.getSendStateRepository();
        if (repository != null) {
            ownsSendStateRepository = !ServiceHelper.isStarted(repository);
            ServiceHelper.startService(repository);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (ownsSendStateRepository) {
            ServiceHelper.stopService(endpoint.getSendStateRepository());
        }
        super.doStop();
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        Message message = exchange.getMessage();
        EndpointOperation bound = endpoint.operation(message.getHeader(CallfireConstants.BROADCAST_TYPE));
        CallfireOperation operation = bound.operation();
        Object[] arguments = bound.arguments(message);
        OperationExecutor executor = endpoint.getExecutor();
        clearResultHeaders(message);
        message.setHeader(CallfireConstants.OPERATION_ID, operation.operationId());
        if (operation.pageable() && autoPaginate(message)) {
            Object limit = arguments[operation.indexOf("limit")];
            long pageSize = limit == null ? CallfireEndpoint.MAX_PAGE_SIZE : Long.parseLong(limit.toString());
            PageIterator<Object> items = executor.iterate(operation, arguments, pageSize);
            setPageHeaders(message, items.firstPage());
            message.setBody(items);
            return;
        }
        if (ChunkedSend.handles(operation)) {
            SendResult mode = message.getHeader(CallfireConstants.SEND_RESULT, endpoint.getSendResult(),
                    SendResult.class);
            message.setBody(endpoint.getChunkedSend().send(exchange, operation, arguments, mode,
                    endpoint.getSendStateRepository()));
            message.setHeader(CallfireConstants.HTTP_STATUS, 200);
            return;
        }
        apply(executor.execute(operation, arguments, requestBody(operation, message)), message);
    }

    private boolean autoPaginate(Message message) {
        Boolean header = message.getHeader(CallfireConstants.AUTO_PAGINATE, Boolean.class);
        return header != null ? header : endpoint.isAutoPaginate();
    }

    /** Uploads accept whatever Camel can turn into a file (e.g. a file consumer's GenericFile). */
    private static Object requestBody(CallfireOperation operation, Message message) {
        Object body = message.getBody();
        if (operation.body().kind() != BodySpec.Kind.MULTIPART || body == null || body instanceof File
                || body instanceof Path || body instanceof byte[] || body instanceof InputStream
                || body instanceof String) {
            return body;
        }
        if (body instanceof WrappedFile<?>) {
            File file = message.getBody(File.class);
            if (file != null) {
                return file;
            }
        }
        return message.getBody(byte[].class);
    }

    private static void apply(CallfireResult result, Message message) {
        Object body = result.body();
        message.setHeader(CallfireConstants.HTTP_STATUS, result.status());
        message.setBody(body);
        if (result.operation().result().kind() == ResultSpec.Kind.CREATED_ID && body instanceof ResourceId created) {
            message.setHeader(CallfireConstants.CREATED_ID, created.getId());
        }
        if (body instanceof Page<?> page) {
            setPageHeaders(message, page);
        }
        if (result.contentType() != null) {
            message.setHeader(Exchange.CONTENT_TYPE, result.contentType());
        }
    }

    private static void setPageHeaders(Message message, Page<?> page) {
        if (page == null) {
            return;
        }
        message.setHeader(CallfireConstants.TOTAL_COUNT, page.getTotalCount());
        message.setHeader(CallfireConstants.PAGE_OFFSET, page.getOffset());
        message.setHeader(CallfireConstants.PAGE_LIMIT, page.getLimit());
    }

    private static final String[] RESULT_HEADERS = { CallfireConstants.HTTP_STATUS, CallfireConstants.CREATED_ID,
            CallfireConstants.TOTAL_COUNT, CallfireConstants.PAGE_OFFSET, CallfireConstants.PAGE_LIMIT };

    /*
     * A route may call CallFire several times; results of an earlier call must not look like this call's. One pass
     * over the message's (few) headers instead of a lookup per result header in Camel's case-insensitive map; a
     * header found is removed by its own name, as before, so the map decides what matches.
     */
    private static void clearResultHeaders(Message message) {
        if (!message.hasHeaders()) {
            return;
        }
        List<String> found = null;
        for (String name : message.getHeaders().keySet()) {
            for (String result : RESULT_HEADERS) {
                if (name.equalsIgnoreCase(result)) {
                    if (found == null) {
                        found = new ArrayList<>(RESULT_HEADERS.length);
                    }
                    found.add(result);
                    break;
                }
            }
        }
        if (found != null) {
            found.forEach(message::removeHeader);
        }
    }
}
