package io.riskwise.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One more Payara Micro node with the built WAR, clustered with the others made with the same
 * cluster name and first grid port, as {@code mvn -Prun -Dnodes=2} starts them: on loopback only,
 * sharing the integration tests' database and storage folder (from the environment failsafe gives
 * the tests). Its output goes to target/cluster-nodes/NAME.log.
 */
public final class ClusterNode implements AutoCloseable {
  private final String name;
  private final int port;
  private final Process process;

  private ClusterNode(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  /** Starts a node; {@link #awaitReady} waits for it. */
  public static ClusterNode start(String name, String clusterName, int gridPort) {
    return start(name, clusterName, gridPort, Map.of());
  }

  /**
   * Starts a node with these settings in its environment as well (the database it uses, say); with
   * no cluster name, a node on its own, as {@code mvn -Prun} starts one (no data grid, sessions in
   * memory).
   */
  public static ClusterNode start(
      String name, String clusterName, int gridPort, Map<String, String> environment) {
    int port = freePort();
    Path root = Path.of("target", "cluster-nodes", name);
    try {
      // A fresh runtime each time: Payara records deployments in its domain.xml and would deploy
      // the last run's WAR again before the one given, answering ready in between.
      if (Files.exists(root)) {
        try (var old = Files.walk(root)) {
          old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      Files.createDirectories(root);
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(
          List.of(
              "-Xms64m",
              "-Xmx320m",
              "-XX:+UseG1GC",
              "-XX:+ExitOnOutOfMemoryError",
              "-XX:+HeapDumpOnOutOfMemoryError",
              "-XX:HeapDumpPath=target/cluster-nodes",
              "-jar",
              System.getProperty("payara.microJar", "target/payara-micro.jar"),
              "--rootdir",
              root.toAbsolutePath().toString(),
              "--name",
              name,
              "--deploy",
              System.getProperty("riskwise.war", "target/riskwise.war"),
              "--contextroot",
              "/",
              "--port",
              Integer.toString(port),
              "--prebootcommandfile",
              "src/main/payara/pre-boot-commands.asadmin",
              "--addlibs",
              "target/server-lib"));
      if (clusterName == null) {
        command.addAll(
            List.of(
                "--nohazelcast", "--postbootcommandfile", "src/main/payara/single-node.asadmin"));
      } else {
        command.addAll(
            List.of(
                "--clustername",
                clusterName,
                "--clustermode",
                "tcpip:127.0.0.1:" + gridPort,
                "--interfaces",
                "127.0.0.1",
                "--startport",
                Integer.toString(gridPort)));
      }
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(root.resolveSibling(name + ".log").toFile());
      // A node is a production server: without the tests' statement-count header, which gives each
      // HTTP thread a 1 MB response buffer (fifty busy people ran a node out of its heap with it).
      builder.environment().remove("RISKWISE_STATEMENTS_HEADER");
      builder.environment().putAll(environment);
      Process process = builder.start();
      return new ClusterNode(name, port, process);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI uri() {
    return URI.create("http://localhost:" + port + "/");
  }

  public String name() {
    return name;
  }

  /**
   * Waits until its health says ready with the application's start-up check in the answer (before
   * the application is deployed, Payara answers with no checks), failing if it stops or takes
   * longer than the limit.
   */
  public void awaitReady(Duration limit) {
    HttpClient http = HttpClient.newHttpClient();
    Instant end = Instant.now().plus(limit);
    while (Instant.now().isBefore(end)) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " stopped; see target/cluster-nodes/" + name + ".log");
      }
      try {
        HttpResponse<String> health =
            http.send(
                HttpRequest.newBuilder(uri().resolve("health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("\"startup\"")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      pause(Duration.ofSeconds(1));
    }
    throw new AssertionError(name + " was not ready within " + limit);
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** What /health/ready answers now: its status, or 0 when the node does not answer. */
  public int readiness() {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(uri().resolve("health/ready"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException noAnswer) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /** kill -9: the node stops at once, with no chance to hand anything over. */
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

  /** A port free now on loopback. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void pause(Duration time) {
    try {
      Thread.sleep(time.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
