package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.amity.app.web.ApiClient.Reply;
import org.amity.notify.LoopbackReceiver;
import org.amity.notify.NotificationRound;
import org.amity.notify.WebhookSender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Follows, the Atom feed by token, and the webhook, over real HTTP. */
class NotifyApiIT {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String RFC3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})";

  @TempDir static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir, ResponseAdvisor.absent());
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  static ApiClient as(String role) throws Exception {
    return web.signedIn(role);
  }

  static NotificationRound round() {
    return new NotificationRound(
        web.store().signals(),
        web.store().notifications(),
        new WebhookSender(3, Duration.ofMillis(5), Duration.ofSeconds(5), d -> {}),
        Clock.systemUTC());
  }

  static Document xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static String child(Element e, String name) {
    NodeList l = e.getElementsByTagNameNS(ATOM, name);
    return l.getLength() == 0 ? null : l.item(0).getTextContent();
  }

  @Test
  void anAnalystFollowsADyadAndReadsItsWarningInTheAtomFeedInWords() throws Exception {
    ApiClient ana = as("analyst");
    Reply f = ana.post("/api/v1/follows", Map.of("scope", "dyad", "subject", "phl-chn"));
    assertThat(f.status()).as(f.raw().body()).isEqualTo(201);
    assertThat(f.body().get("subject").asText()).isEqualTo("CHN-PHL");
    assertThat(f.body().get("subjectName").asText()).isEqualTo("China – Philippines");
    Reply feed = ana.post("/api/v1/feed", Map.of());
    assertThat(feed.status()).isEqualTo(201);
    String path = feed.body().get("path").asText();
    assertThat(path).matches("/feeds/[A-Za-z0-9_-]{43}\\.atom");

    round().record();

    Reply atom = new ApiClient(web.baseUrl()).get(path);
    assertThat(atom.status()).isEqualTo(200);
    assertThat(atom.header("Content-Type")).startsWith("application/atom+xml");
    Document d = xml(atom.raw().body());
    Element root = d.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(root.getLocalName()).isEqualTo("feed");
    assertThat(child(root, "id")).startsWith("tag:amity");
    assertThat(child(root, "title")).isNotBlank();
    assertThat(child(root, "updated")).matches(RFC3339);
    assertThat(root.getElementsByTagNameNS(ATOM, "author").getLength()).isGreaterThan(0);
    NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
    assertThat(entries.getLength()).isEqualTo(1);
    Element e = (Element) entries.item(0);
    assertThat(child(e, "title")).isEqualTo("Warning: China – Philippines, material_conflict rose");
    assertThat(child(e, "updated")).matches(RFC3339);
    assertThat(child(e, "id")).startsWith("tag:amity,2026:notification:");
    assertThat(child(e, "summary"))
        .contains("2014-04-10")
        .contains("daily")
        .doesNotContain("CHN-PHL");
  }

  @Test
  void aRevokedOrReissuedFeedAddressNoLongerOpensTheFeed() throws Exception {
    ApiClient viewer = as("viewer");
    assertThat(
            viewer.post("/api/v1/follows", Map.of("scope", "country", "subject", "THA")).status())
        .isEqualTo(403);
    ApiClient admin = as("admin");
    String first = admin.post("/api/v1/feed", Map.of()).body().get("path").asText();
    String second = admin.post("/api/v1/feed", Map.of()).body().get("path").asText();
    ApiClient anyone = new ApiClient(web.baseUrl());
    assertThat(anyone.get(first).status()).isEqualTo(404);
    assertThat(anyone.get(second).status()).isEqualTo(200);
    assertThat(admin.get("/api/v1/feed").body().get("active").asBoolean()).isTrue();
    assertThat(admin.delete("/api/v1/feed").status()).isEqualTo(204);
    assertThat(anyone.get(second).status()).isEqualTo(404);
    assertThat(anyone.get("/feeds/not-a-token.atom").status()).isEqualTo(404);
  }

  @Test
  void aWebhookSetThroughTheApiReceivesTheNotificationOnceAfterAFailure() throws Exception {
    try (LoopbackReceiver receiver = new LoopbackReceiver(1)) {
      ApiClient conv = as("track2-convenor");
      Reply bad =
          conv.send(
              conv.builder("/api/v1/webhook")
                  .header("Content-Type", "application/json")
                  .PUT(HttpRequest.BodyPublishers.ofString("{\"url\":\"ftp://x\"}")));
      assertThat(bad.status()).isEqualTo(400);
      Reply set =
          conv.send(
              conv.builder("/api/v1/webhook")
                  .header("Content-Type", "application/json")
                  .PUT(
                      HttpRequest.BodyPublishers.ofString("{\"url\":\"" + receiver.url() + "\"}")));
      assertThat(set.status()).as(set.raw().body()).isEqualTo(200);
      assertThat(
              conv.post("/api/v1/follows", Map.of("scope", "country", "subject", "THA")).status())
          .isEqualTo(201);
      NotificationRound r = round();
      r.record();
      r.deliver();
      r.deliver();
      assertThat(receiver.requests()).isEqualTo(2);
      assertThat(receiver.accepted()).singleElement().asString().contains("Thailand");
      JsonNode hook = conv.get("/api/v1/webhook").body();
      assertThat(hook.get("deliveries").get(0).get("status").asText()).isEqualTo("delivered");
      assertThat(hook.get("deliveries").get(0).get("attempts").asInt()).isEqualTo(2);
      JsonNode list = conv.get("/api/v1/notifications").body();
      assertThat(list.get(0).get("title").asText())
          .isEqualTo("Alert: Thailand, material_conflict rose");
    }
  }
}
