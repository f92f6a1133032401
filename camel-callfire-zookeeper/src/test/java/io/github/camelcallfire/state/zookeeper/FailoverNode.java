package io.github.camelcallfire.state.zookeeper;

import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.CallfireConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.camel.impl.DefaultCamelContext;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static java.nio.file.StandardOpenOption.APPEND;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.WRITE;

/**
 * One node of {@link ZooKeeperFailoverTest}, a process of its own: the documented recipe (camel-master over a
 * ZooKeeperClusterService, the position in a ZooKeeperStateRepository) consuming inbound texts. For each text it is
 * handed it appends {@code <id> <epoch millis>} to its own file, in one write, so a SIGKILL never leaves half a line.
 * Runs until it is killed. Arguments: baseUrl username password zookeeperServers nodeId emittedFile.
 */
public final class FailoverNode {

    static final String OUR_NUMBER = "12135550100";
    static final String HANDSET = "13105550111";
    /* short, so that the test waits little for a killed leader's session to expire, within the server's limits */
    static final int SESSION_TIMEOUT_MS = 2000;

    private FailoverNode() {
    }

    public static void main(String[] args) throws Exception {
        CamelContext context = new DefaultCamelContext();
        CallfireComponent component = new CallfireComponent();
        component.getConfiguration().setBaseUrl(args[0]);
        component.getConfiguration().setUsername(args[1]);
        component.getConfiguration().setPassword(args[2]);
        context.addComponent("callfire", component);

        ZooKeeperClusterService cluster = new ZooKeeperClusterService();
        cluster.setId(args[4]);
        cluster.setNodes(args[3]);
        cluster.setBasePath("/camel-callfire/cluster");
        cluster.setSessionTimeout(SESSION_TIMEOUT_MS);
        context.addService(cluster);
        context.getRegistry().bind("callfireState", new ZooKeeperStateRepository(args[3], "/camel-callfire/state"));

        FileChannel emitted = FileChannel.open(Path.of(args[5]), CREATE, WRITE, APPEND);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // lookBackMs=1000: the sandbox shows each text at once, and a smaller window keeps the state small
                from("master:callfire-inbound:callfire:texts/find?inbound=true&toNumber=" + OUR_NUMBER
                        + "&startFrom=BEGINNING&delay=20&initialDelay=0&lookBackMs=1000"
                        + "&stateRepository=#callfireState&stateKey=inbound-texts")
                        .process(exchange -> emitted.write(ByteBuffer.wrap((exchange.getMessage()
                                .getHeader(CallfireConstants.ITEM_ID) + " " + System.currentTimeMillis() + "\n")
                                .getBytes(StandardCharsets.US_ASCII))));
            }
        });
        context.start();
        Thread.currentThread().join();
    }
}
