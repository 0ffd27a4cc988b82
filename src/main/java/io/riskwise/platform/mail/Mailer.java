package io.riskwise.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text e-mail through the SMTP server in {@code riskwise.smtp.host}, when one is
 * configured; without one, nothing is sent. A failure is logged and never undoes the change that
 * caused the message.
 */
@ApplicationScoped
public class Mailer {
  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Inject
  @ConfigProperty(name = "riskwise.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "riskwise.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "riskwise.smtp.from", defaultValue = "riskwise@localhost")
  String from;

  @Inject
  @ConfigProperty(name = "riskwise.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "riskwise.smtp.password")
  Optional<String> password;

  public boolean isConfigured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  public void send(String to, String subject, String text) {
    if (!isConfigured() || to == null || to.isBlank()) {
      return;
    }
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.get());
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "5000");
    Session session;
    if (user.isPresent()) {
      properties.put("mail.smtp.auth", "true");
      properties.put("mail.smtp.starttls.enable", "true");
      session =
          Session.getInstance(
              properties,
              new jakarta.mail.Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                  return new PasswordAuthentication(user.get(), password.orElse(""));
                }
              });
    } else {
      session = Session.getInstance(properties);
    }
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(from));
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(text, StandardCharsets.UTF_8.name());
      Transport.send(message);
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "Could not send e-mail to " + to + ": " + e.getMessage());
    }
  }
}
