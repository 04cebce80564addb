package reformgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.FulltextSettings;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs one embedded Neo4j with only the Bolt connector on 127.0.0.1, for the Node server and the
 * tests. The protocol with the parent is line-based on stdout: exactly one {@code READY bolt://...}
 * line once Bolt accepts connections, or one {@code ERROR ...} line and a non-zero exit.
 *
 * <p>Arguments: {@code --data-dir=DIR --bolt-port=N --page-cache=256m --password-file=FILE
 * [--no-stdin-watch] [--conf:<neo4j setting>=<value> ...]}; {@code --conf:} settings are applied
 * last, over the defaults below (benchmarks use them to try a setting without a rebuild).
 *
 * <p>Authentication is on: the user {@code neo4j} gets the password held in {@code --password-file}
 * (written owner-only by the Node side) before READY is printed, on every start, so a store created
 * with authentication off (or with Neo4j's default password) is brought in line too.
 */
public final class Launcher {
  private static final PrintStream OUT =
      new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);

  private Launcher() {}

  public static void main(String[] args) {
    Map<String, String> opts = parse(args);
    Path home = Path.of(opts.getOrDefault("data-dir", "data/neo4j")).toAbsolutePath().normalize();
    int port = parsePort(opts.getOrDefault("bolt-port", "0"));
    long pageCache = parseBytes("page-cache", opts.getOrDefault("page-cache", "256m"));
    String password = readPassword(opts.get("password-file"));

    DatabaseManagementService dbms;
    try {
      Files.createDirectories(home);
      if (storeLockHeld(home)) fail("store at " + home + " is locked by another running ReformGraph database");
      seedInitialPassword(home, password);
      Map<String, String> raw = new HashMap<>();
      opts.forEach((k, v) -> {
        if (k.startsWith("conf:")) raw.put(k.substring("conf:".length()), v);
      });
      dbms = build(home, port, pageCache, raw);
      // build() starts the DBMS, but the default database may still be coming up (or failed to
      // take its store lock): touching it surfaces that failure here rather than in a query.
      GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      if (!db.isAvailable(60_000)) {
        throw new IllegalStateException("default database did not become available within 60 s");
      }
      setPassword(dbms, password);
      // Read once, when the system database was created; a password hash need not lie around.
      Files.deleteIfExists(
          CommunitySecurityModule.getInitialUserRepositoryFile(
              Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build()));
    } catch (Throwable e) {
      if (isLockFailure(e)) {
        fail("store at " + home + " is locked by another running ReformGraph database");
      }
      fail("could not start Neo4j at " + home + ": " + rootMessage(e));
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    DatabaseManagementService running = dbms;
    // SIGTERM/SIGINT and System.exit all run this: a clean shutdown checkpoints the store so the
    // next start needs no recovery.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    running.shutdown();
                  } catch (Throwable ignored) {
                    // Shutting down anyway; nothing useful left to do with the error.
                  }
                  stopped.countDown();
                },
                "reformgraph-shutdown"));

    String address = boltAddress(dbms, port);
    OUT.println("READY bolt://" + address);

    if (!opts.containsKey("no-stdin-watch")) {
      // Ctrl-C in a terminal signals the whole process group. As a child of the Node server we
      // leave SIGINT to it: it closes its driver first, then stops us with SIGTERM (or its exit
      // closes our stdin), so no query is cut off mid-flight.
      sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
      watchStdin();
    }

    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static DatabaseManagementService build(Path home, int port, long pageCache, Map<String, String> raw) {
    // --conf: values are parsed by Neo4j's own Config (strict: an unknown name fails the start).
    Config parsed = Config.newBuilder().setRaw(raw).build();
    Map<Setting<?>, Object> extra = new HashMap<>();
    for (String name : raw.keySet()) {
      Setting<Object> setting = parsed.getDeclaredSettings().get(name);
      if (setting == null) throw new IllegalArgumentException("unknown Neo4j setting " + name);
      extra.put(setting, parsed.get(setting));
    }
    return new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        // Any local user could otherwise read and rewrite the graph over Bolt.
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // ReformGraph works offline; Neo4j's anonymous usage report would phone home on every start.
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // Netty waits a 5 s quiet period per event loop group on shutdown; by then the databases
        // are already checkpointed and closed, so the wait only delays Ctrl-C.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
        // Development sizes: no 250 MB pre-allocated transaction logs, and keep only a little history.
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
        // The eventually consistent full-text index (entity_names) refreshed its Lucene reader after
        // every applied batch: a tiny segment per report transaction, then constant merging — a sixth
        // of the JVM's CPU during a load. Once a second is enough: writers that promise
        // read-your-writes call db.index.fulltext.awaitEventuallyConsistentIndexRefresh, which
        // refreshes at once whatever this interval is.
        .setConfig(FulltextSettings.eventually_consistent_refresh_interval, Duration.ofSeconds(1))
        // debug.log and friends go to <data-dir>/logs, next to the store they describe.
        .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
        .setConfig(extra)
        .build();
  }

  private static String readPassword(String file) {
    if (file == null) fail("--password-file is required (authentication is always on)");
    try {
      String password = Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
      if (password.length() < 8) fail("the password in " + file + " is shorter than 8 characters");
      return password;
    } catch (IOException e) {
      fail("cannot read the password file " + file + ": " + e.getMessage());
      return null;
    }
  }

  /**
   * On a store's very first start, hands Neo4j the password the way {@code neo4j-admin dbms
   * set-initial-password} does (an auth.ini read when the system database is created), so Bolt is
   * never open with the default password neo4j/neo4j. Existing stores get it from setPassword().
   */
  private static void seedInitialPassword(Path home, String password) throws Exception {
    if (Files.exists(home.resolve("data").resolve("databases").resolve("system"))) return;
    Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
    Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
    try (FileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
      fs.mkdirs(file.getParent());
      if (fs.fileExists(file)) fs.deleteFile(file);
      FileUserRepository users =
          new FileUserRepository(fs, file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
      users.start();
      SystemGraphCredential credential =
          SystemGraphCredential.createCredentialForPassword(
              password.getBytes(StandardCharsets.UTF_8), new SecureHasher());
      users.create(new User("neo4j", null, credential, false, false));
      users.shutdown();
    }
  }

  /**
   * Embedded code runs administration commands with full rights, so this works whatever the current
   * password is. Neo4j refuses to "change" a password to itself; that case is the usual one.
   */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      String message = rootMessage(e);
      if (!message.contains("Old password and new password cannot be the same")) throw e;
    }
  }

  /**
   * Neo4j would also refuse a locked store, but only after ~15 s of starting up; probing its lock
   * file first answers at once. Neo4j's own lock check below stays the real guard against races.
   */
  private static boolean storeLockHeld(Path home) {
    Path lockFile = home.resolve("data").resolve("databases").resolve("store_lock");
    if (!Files.exists(lockFile)) return false;
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) return true;
      lock.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      return false; // Unreadable here: let Neo4j's own check report what is wrong.
    }
  }

  /** With port 0 the OS picks the port; ask the connector register which one Bolt bound. */
  private static String boltAddress(DatabaseManagementService dbms, int requested) {
    try {
      GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
      HostnamePort bound =
          system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
              .getLocalAddress(ConnectorType.BOLT);
      if (bound != null) return "127.0.0.1:" + bound.getPort();
    } catch (RuntimeException e) {
      if (requested == 0) fail("Bolt started but its bound port is unknown: " + rootMessage(e));
    }
    if (requested == 0) fail("Bolt started but its bound port is unknown");
    return "127.0.0.1:" + requested;
  }

  /**
   * The parent Node process keeps our stdin open; when it dies (even by SIGKILL) the pipe closes and
   * we exit through the shutdown hook instead of holding the store lock as an orphan.
   */
  private static void watchStdin() {
    Thread t =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                byte[] buf = new byte[256];
                while (in.read(buf) >= 0) {
                  // Input carries no meaning; only end-of-file does.
                }
              } catch (IOException ignored) {
                // A broken pipe means the same as end-of-file.
              }
              System.exit(0);
            },
            "reformgraph-stdin-watch");
    t.setDaemon(true);
    t.start();
  }

  private static boolean isLockFailure(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof FileLockException) return true;
      if (c instanceof org.neo4j.io.pagecache.impl.FileLockException) return true;
      for (Throwable s : c.getSuppressed()) if (isLockFailure(s)) return true;
      if (c.getCause() == c) break;
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable c = e;
    while (c.getCause() != null && c.getCause() != c) c = c.getCause();
    return c.getClass().getSimpleName() + ": " + c.getMessage();
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> out = new HashMap<>();
    for (String a : args) {
      if (!a.startsWith("--")) fail("unexpected argument \"" + a + "\" (expected --name=value)");
      int eq = a.indexOf('=');
      if (eq < 0) out.put(a.substring(2), "true");
      else out.put(a.substring(2, eq), a.substring(eq + 1));
    }
    return out;
  }

  private static int parsePort(String s) {
    try {
      int p = Integer.parseInt(s);
      if (p >= 0 && p <= 65535) return p;
    } catch (NumberFormatException ignored) {
      // Falls through to the error below.
    }
    fail("--bolt-port must be an integer 0-65535, got \"" + s + "\"");
    return -1;
  }

  private static long parseBytes(String name, String s) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?i)^(\\d+)([kmg]?)$").matcher(s.trim());
    if (!m.matches()) fail("--" + name + " must look like 256m, 1g or 65536k, got \"" + s + "\"");
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2).toLowerCase()) {
      case "k" -> ByteUnit.kibiBytes(n);
      case "m" -> ByteUnit.mebiBytes(n);
      case "g" -> ByteUnit.gibiBytes(n);
      default -> n;
    };
  }

  private static void fail(String message) {
    OUT.println("ERROR " + message);
    // halt, not exit: no shutdown hook is registered yet that could do anything useful, and a
    // half-started DBMS may hold non-daemon threads that would keep the JVM alive.
    Runtime.getRuntime().halt(1);
  }
}
