package io.riskwise.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications are e-mailed, after their change commits, through the configured SMTP server: here
 * a local GreenMail server on the port the test run gives the application.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  @ArquillianResource URL url;
  Api api;
  GreenMail smtp;

  @BeforeEach
  void start() {
    api = new Api(url);
    int port = Integer.parseInt(System.getProperty("riskwise.test.smtpPort"));
    smtp = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  @Test
  void aSubmissionIsEmailedToTheApprenticesAssessor() throws Exception {
    String apprentice = api.token("apprentice6");
    Api.Reply created =
        api.post("api/portfolio/assessments", "{\"title\":\"Mailed submission\"}", apprentice);
    assertEquals(201, created.status(), created.body());
    JsonObject draft = created.json();
    Api.Reply submitted =
        api.post(
            "api/portfolio/assessments/" + draft.getInt("id") + "/submissions",
            Json.createObjectBuilder().add("version", draft.getInt("version")).build().toString(),
            apprentice);
    assertEquals(201, submitted.status(), submitted.body());

    assertTrue(smtp.waitForIncomingEmail(10_000, 1), "an e-mail arrives");
    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertEquals("assessor2@riverside.example", mail.getAllRecipients()[0].toString());
    assertTrue(mail.getSubject().startsWith("Riskwise: "), mail.getSubject());
    String body = (String) mail.getContent();
    assertTrue(body.contains("submitted version 1 of a risk assessment"), body);
    assertTrue(body.contains("/app/assessment/submission.xhtml?version="), body);
  }
}
