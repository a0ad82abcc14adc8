import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A Neo4j Community for the tests: embedded, Bolt on 127.0.0.1 only, auth on with a fresh random
 * password. Usage: java -cp 'lib/*' Launcher.java HOME_DIR PORT PASSWORD_FILE
 * The password file is written last, so its appearance means "ready to log in" to server.sh.
 */
public final class Launcher {
    private static final long PAGE_CACHE_BYTES = 64L * 1024 * 1024;

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Launcher HOME_DIR PORT PASSWORD_FILE");
            System.exit(2);
        }
        Path home = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        Path passwordFile = Path.of(args[2]);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES)
                // A throw-away store: no need to reserve disk for logs nobody will replay.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                // Tests wipe and refill the graph all the time; re-planning every query after each
                // swing in the statistics costs more than any plan could gain on a few hundred nodes.
                .setConfig(GraphDatabaseSettings.query_statistics_divergence_threshold, 1.0)
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }));

        String password = newPassword();
        // Embedded transactions run without a login, so the system database can set the
        // password of the built-in user before any Bolt client may use it.
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        writeOwnerOnly(passwordFile, password);
        System.out.println("Neo4j ready on bolt://127.0.0.1:" + port);
        stopped.await();
    }

    private static String newPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void writeOwnerOnly(Path file, String text) throws Exception {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(partial, text, StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
