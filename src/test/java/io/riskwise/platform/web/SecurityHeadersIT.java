package io.riskwise.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.Multipart;
import io.riskwise.testing.PageSession;
import io.riskwise.testing.TestCentre;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The headers a browser is told to protect people with: on the sign-in page, a signed-in page, an
 * error page, a JSON answer, a file download and a static resource; and no banner naming the server
 * or framework anywhere.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {
  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");
  private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE_FIELD =
      Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"");
  private static final Pattern STYLESHEET = Pattern.compile("<link [^>]*href=\"([^\"]+)\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  @ArquillianResource URL url;

  @Test
  void theSignInPageRunsOnlyScriptsWithItsNonceAndIsNeitherCachedNorFramed() {
    HttpResponse<String> page = PageSession.of(url, null).get("sign-in.xhtml");

    assertEquals(200, page.statusCode());
    assertPageHeaders(page);
    assertNoStore(page.headers());
  }

  @Test
  void aSignedInPageAndAnErrorPageCarryThePagePolicy() {
    TestCentre centre = TestCentre.create();
    PageSession session = PageSession.of(url, centre.add("APPRENTICE", "Hana Headers"));

    HttpResponse<String> home = session.get("app/home.xhtml");
    assertEquals(200, home.statusCode());
    assertPageHeaders(home);
    assertNoStore(home.headers());

    HttpResponse<String> notFound = session.get("app/files/evidence?id=999999999");
    assertEquals(404, notFound.statusCode());
    assertPageHeaders(notFound);
    assertNoStore(notFound.headers());
  }

  @Test
  void withoutJavaScriptAFormThatIsRefusedComesBackWithItsMessage() throws Exception {
    SignInForm form = SignInForm.open(url);
    // The nonce field as the server wrote it: no script of PrimeFaces runs in this browser to add
    // it.
    Matcher nonce = NONCE_FIELD.matcher(form.page);
    assertTrue(nonce.find(), "the form carries the page's nonce without script");

    HttpResponse<String> refused = form.post(nonce.group(1));

    assertEquals(200, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("error-summary"), "the refusal is shown on the page");
    assertPageHeaders(refused);
  }

  @Test
  void aFormPostedWithAForgedNonceIsSentToTheExpiredPageNotAnError() throws Exception {
    SignInForm form = SignInForm.open(url);

    for (String forged : List.of("forged", UUID.randomUUID().toString(), "")) {
      HttpResponse<String> answer = form.post(forged);

      assertEquals(200, answer.statusCode(), forged + ": " + answer.body());
      assertTrue(answer.uri().getPath().endsWith("/error/expired.xhtml"), answer.uri().toString());
      assertTrue(answer.body().contains("Your page had expired"), answer.body());
      assertFalse(answer.body().contains("Payara"), answer.body());
    }
  }

  /** The sign-in form as a browser without JavaScript has it: its page, posted back by hand. */
  private record SignInForm(HttpClient http, URI address, String page, String viewState) {
    static SignInForm open(URL url) throws Exception {
      HttpClient http =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
      URI address = URI.create(url + "sign-in.xhtml");
      String page =
          http.send(HttpRequest.newBuilder(address).build(), BodyHandlers.ofString()).body();
      Matcher state = VIEW_STATE.matcher(page);
      assertTrue(state.find(), "the sign-in form has its state");
      return new SignInForm(http, address, page, state.group(1).replace("&#58;", ":"));
    }

    HttpResponse<String> post(String nonce) throws Exception {
      String form =
          "signIn=signIn&username=nobody-"
              + System.nanoTime()
              + "&password=wrong&submit=submit&primefaces.nonce="
              + URLEncoder.encode(nonce, StandardCharsets.UTF_8)
              + "&jakarta.faces.ViewState="
              + URLEncoder.encode(viewState, StandardCharsets.UTF_8);
      return http.send(
          HttpRequest.newBuilder(address)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          BodyHandlers.ofString());
    }
  }

  @Test
  void aJsonAnswerMayLoadNothingAndIsNotCached() {
    Api api = new Api(url);
    Api.Reply me = api.get("api/me", api.token("apprentice1"));

    assertEquals(200, me.status());
    HttpHeaders headers = me.response().headers();
    assertEquals(
        List.of("default-src 'none'; frame-ancestors 'none'"),
        headers.allValues("Content-Security-Policy"));
    assertCommonHeaders(headers);
    assertNoStore(headers);
  }

  @Test
  void aFileDownloadKeepsItsSandboxAndIsNotCached() {
    TestCentre centre = TestCentre.create();
    String apprentice = centre.add("APPRENTICE", "Dara Download");
    Api api = new Api(url);
    Api.Reply uploaded =
        api.send(
            new Multipart()
                .field("title", "Shift notes")
                .field("occurredOn", "2026-10-01")
                .field("occasion", "Monday morning shift")
                .file(
                    "file",
                    "notes.txt",
                    "text/plain",
                    "Checked the fire exits.".getBytes(StandardCharsets.UTF_8))
                .post(
                    api.builder("api/portfolio/evidence", api.token(apprentice))
                        .version(HttpClient.Version.HTTP_1_1)));
    assertEquals(201, uploaded.status(), uploaded.body());

    HttpResponse<String> download =
        PageSession.of(url, apprentice)
            .get("app/files/evidence?id=" + uploaded.json().getInt("id"));

    assertEquals(200, download.statusCode());
    assertEquals("Checked the fire exits.", download.body());
    HttpHeaders headers = download.headers();
    assertTrue(
        headers.firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"),
        "saved, not shown");
    List<String> policies = headers.allValues("Content-Security-Policy");
    assertEquals(1, policies.size(), "one policy: " + policies);
    assertTrue(policies.get(0).startsWith("sandbox;"), policies.get(0));
    assertCommonHeaders(headers);
    assertNoStore(headers);
  }

  @Test
  void aStaticResourceMayBeCachedButIsNeverSniffed() {
    PageSession anonymous = PageSession.of(url, null);
    Matcher stylesheet = STYLESHEET.matcher(anonymous.get("sign-in.xhtml").body());
    assertTrue(stylesheet.find(), "the sign-in page links a stylesheet");
    String address = stylesheet.group(1).replace("&amp;", "&");
    assertTrue(address.contains("/jakarta.faces.resource/"), address);

    HttpResponse<String> css = anonymous.get(address);

    assertEquals(200, css.statusCode(), address);
    assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
    assertCommonHeaders(css.headers());
    assertFalse(
        css.headers().allValues("Cache-Control").stream().anyMatch(v -> v.contains("no-store")),
        "static resources stay cacheable");
  }

  @Test
  void resourceAddressesDoNotNameTheFrameworkVersion() {
    String page = PageSession.of(url, null).get("sign-in.xhtml").body();

    assertTrue(page.contains("ln=primefaces"), "PrimeFaces resources are on the page");
    assertFalse(
        Pattern.compile("[?&;]v=\\d+\\.\\d+").matcher(page).find(),
        "no resource address carries a version number");
    assertTrue(
        Pattern.compile("ln=primefaces&amp;v=[0-9a-f]{8}\"").matcher(page).find(),
        "but a version of this start, so that browsers fetch new files after an upgrade");
  }

  /** A page: one policy, the strict one, whose nonce is on every script of the page. */
  private static void assertPageHeaders(HttpResponse<String> page) {
    HttpHeaders headers = page.headers();
    List<String> policies = headers.allValues("Content-Security-Policy");
    assertEquals(1, policies.size(), "exactly one policy: " + policies);
    String policy = policies.get(0);
    for (String directive :
        List.of(
            "default-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "img-src 'self' data:")) {
      assertTrue(policy.contains(directive), directive + " in " + policy);
    }
    Matcher nonce = NONCE.matcher(policy);
    assertTrue(nonce.find(), "a nonce in " + policy);
    String scriptSources = policy.substring(policy.indexOf("script-src"));
    assertFalse(scriptSources.contains("unsafe"), scriptSources);

    Matcher script = SCRIPT_TAG.matcher(page.body());
    int scripts = 0;
    while (script.find()) {
      scripts++;
      assertTrue(
          script.group().contains("nonce=\"" + nonce.group(1) + "\""),
          "the page's nonce on " + script.group());
    }
    assertTrue(scripts > 0, "PrimeFaces' scripts are on the page");
    assertFalse(
        Pattern.compile("\\son[a-z]+=\"").matcher(page.body()).find(),
        "no inline event handler attribute");
    assertCommonHeaders(headers);
  }

  private static void assertCommonHeaders(HttpHeaders headers) {
    assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null));
    assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null));
    assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null));
    String permissions = headers.firstValue("Permissions-Policy").orElse("");
    for (String feature : List.of("camera=()", "microphone=()", "geolocation=()", "payment=()")) {
      assertTrue(permissions.contains(feature), feature + " in " + permissions);
    }
    assertNull(headers.firstValue("Server").orElse(null), "no Server banner");
    assertNull(headers.firstValue("X-Powered-By").orElse(null), "no X-Powered-By banner");
  }

  private static void assertNoStore(HttpHeaders headers) {
    assertTrue(
        headers.allValues("Cache-Control").stream().anyMatch(v -> v.contains("no-store")),
        "Cache-Control: " + headers.allValues("Cache-Control"));
  }
}
