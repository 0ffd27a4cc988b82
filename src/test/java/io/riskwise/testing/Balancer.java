package io.riskwise.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The load balancer in front of a cluster, for tests: it passes each request, as it is, to the
 * nodes in turn (no sticky sessions), or to the one it is pointed at, as a real balancer does when
 * a node dies. Addresses the node gives back (a redirect's Location) are turned into the balancer's
 * own, as a balancer in front of a node would have the node do.
 */
public final class Balancer implements AutoCloseable {
  /** Headers the JDK client sets itself, and those that describe one hop only. */
  private static final Set<String> NOT_PASSED =
      Set.of(
          "host",
          "connection",
          "content-length",
          "expect",
          "upgrade",
          "keep-alive",
          "transfer-encoding",
          "te",
          "trailer");

  private final HttpServer server;
  private final HttpClient client =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .version(HttpClient.Version.HTTP_1_1)
          .build();
  private final AtomicReference<List<URI>> nodes = new AtomicReference<>();
  private final java.util.concurrent.atomic.AtomicInteger turn =
      new java.util.concurrent.atomic.AtomicInteger();

  /** Sends each request to the next of the nodes in turn: a balancer without sticky sessions. */
  public Balancer(URI... nodes) {
    this.nodes.set(List.of(nodes));
    try {
      server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::pass);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.start();
  }

  /** The address people use: http://localhost:port/ */
  public URL url() {
    try {
      return URI.create("http://localhost:" + server.getAddress().getPort() + "/").toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** From the next request on, everything goes to this node. */
  public void pointAt(URI anotherNode) {
    nodes.set(List.of(anotherNode));
  }

  private void pass(HttpExchange exchange) throws IOException {
    List<URI> now = nodes.get();
    URI target = now.get(Math.floorMod(turn.getAndIncrement(), now.size()));
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      HttpRequest.Builder request =
          HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString().substring(1)))
              .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> {
                if (!NOT_PASSED.contains(name.toLowerCase(Locale.ROOT))) {
                  values.forEach(value -> request.header(name, value));
                }
              });
      HttpResponse<byte[]> response;
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException nodeDown) {
        exchange.sendResponseHeaders(502, -1);
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        exchange.sendResponseHeaders(503, -1);
        return;
      }
      String own = url().toString();
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!NOT_PASSED.contains(name.toLowerCase(Locale.ROOT))) {
                  List<String> passed =
                      name.equalsIgnoreCase("location")
                          ? values.stream().map(v -> v.replace(target.toString(), own)).toList()
                          : values;
                  exchange.getResponseHeaders().put(name, passed);
                }
              });
      byte[] answer = response.body();
      exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
      if (answer.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answer);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
