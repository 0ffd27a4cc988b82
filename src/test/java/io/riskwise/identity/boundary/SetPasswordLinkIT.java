package io.riskwise.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestCentre;
import io.riskwise.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Without a configured public address, a set-password link is never built from a Host header
 * someone else could send: in demo mode only a loopback address is used, anything else is refused
 * and no link is made.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SetPasswordLinkIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  @ArquillianResource URL url;

  @Test
  void aLinkIsNeverMadeForAnotherSitesAddress() throws Exception {
    TestCentre centre = TestCentre.create();
    String person = centre.add("APPRENTICE", "Hal Host");
    long id = TestDatabase.idOf(person);
    String admin = new Api(url).token(centre.admin());
    String base = url.getPath().endsWith("/") ? url.getPath() : url.getPath() + "/";
    String path = base + "api/centre/users/" + id + "/password-link";

    String evil = post(path, "evil.example", admin);
    assertTrue(evil.startsWith("HTTP/1.1 409"), evil);
    assertTrue(evil.contains("no public address configured"), evil);
    assertTrue(!evil.contains("evil.example/set-password"), evil);
    assertEquals(0, TestDatabase.count("select count(*) from password_link where user_id = ?", id));

    String local = post(path, "localhost:" + url.getPort(), admin);
    assertTrue(local.startsWith("HTTP/1.1 200"), local);
    assertTrue(local.contains("http://localhost:" + url.getPort()), local);
  }

  /** A raw request, since Java's HTTP client will not send a Host header of the caller's choice. */
  private String post(String path, String host, String token) throws IOException {
    try (Socket socket = new Socket(url.getHost(), url.getPort())) {
      String request =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: "
              + host
              + "\r\nAuthorization: Bearer "
              + token
              + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
