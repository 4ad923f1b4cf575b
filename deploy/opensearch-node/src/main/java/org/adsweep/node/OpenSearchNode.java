package org.adsweep.node;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.MockNode;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * One embedded OpenSearch node, started the way OpenSearch's own test framework does it.
 *
 * <p>Usage: {@code OpenSearchNode DATA_DIR [HTTP_PORT]} (port 0, the default, takes a free one).
 * Prints {@code adsweep-opensearch ready http://127.0.0.1:PORT} on stdout once HTTP answers, and
 * stops cleanly (flushing to DATA_DIR) when stdin closes or on SIGTERM, so a node restarted on the
 * same directory finds everything acknowledged before.
 */
public final class OpenSearchNode {
    private OpenSearchNode() {}

    public static void main(String[] args) throws Exception {
        // The test framework jar ships a log4j2-test.properties that logs INFO to stdout; ours
        // keeps stdout for the ready line and sends warnings to stderr.
        System.setProperty("log4j2.configurationFile", "adsweep-node-log4j2.properties");
        Path data = Path.of(args[0]).toAbsolutePath();
        String port = args.length > 1 ? args[1] : "0";
        Settings settings = Settings.builder()
            .put("cluster.name", "adsweep")
            .put("node.name", "adsweep-node")
            .put("path.home", data.resolve("home").toString())
            .put("path.data", data.resolve("data").toString())
            .put("path.logs", data.resolve("logs").toString())
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", port)
            .put("transport.port", "0")
            // A shared development disk must not turn the node read-only mid-test.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", false)
            .build();
        Node node = new MockNode(settings, List.of(Netty4Plugin.class,
            CommonAnalysisPlugin.class, PainlessPlugin.class, ReindexPlugin.class));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }));
        node.start();
        var address = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
        System.out.println("adsweep-opensearch ready http://" + address.getAddress() + ":" + address.getPort());
        System.out.flush();
        while (System.in.read() != -1) {
            // The parent holds stdin open; EOF (the parent died or closed it) stops the node.
        }
        System.exit(0);
    }
}
