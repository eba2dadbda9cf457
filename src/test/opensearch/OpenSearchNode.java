import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch node for the search's tests, run as a program of its own (java -cp the node's
 * classpath OpenSearchNode.java HOME PORT): single-node discovery, HTTP on 127.0.0.1 at the given
 * port, with the modules a distribution has that the application uses (HTTP, the analysis filters, delete-by-query). It stops when its
 * standard input closes, so it never outlives the test that started it.
 */
public class OpenSearchNode {

    static class EmbeddedNode extends Node {
        EmbeddedNode(Environment environment) {
            super(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class), true);
        }
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Files.createDirectories(home.resolve("config"));
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("cluster.name", "scrutiny-test")
                .put("node.name", "scrutiny-test-node")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", args[1])
                .put("transport.port", "0")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "scrutiny-test-node");
        Node node = new EmbeddedNode(environment);
        node.start();
        System.out.println("OpenSearch node started on port " + args[1]);
        System.out.flush();
        while (System.in.read() != -1) {
            // Runs until the test closes its end.
        }
        node.close();
        System.exit(0);
    }
}
