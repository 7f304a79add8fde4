package org.amity.app.web.api;

import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.amity.notify.Notification;

/**
 * A user's notifications as an Atom 1.0 feed (RFC 4287): feed id, title, updated and author; each
 * entry with id, title, updated, published, a summary in words, the level as a category and a link
 * to the situation page. Times are UTC in RFC 3339.
 */
final class AtomFeed {
  static final String NS = "http://www.w3.org/2005/Atom";

  private AtomFeed() {}

  /**
   * @param base the dashboard's address ("https://amity.example.org")
   * @param self the feed's own address
   */
  static String render(String user, List<Notification> list, String base, String self) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(NS);
      text(x, "id", "tag:amity,2026:feed:" + user);
      text(x, "title", "Amity: alerts on the subjects " + user + " follows");
      text(
          x,
          "subtitle",
          "New or escalated alerts at warning level or above, newest first, from the Amity watch.");
      LocalDateTime updated = list.isEmpty() ? null : list.get(0).createdAt();
      text(x, "updated", time(updated == null ? LocalDateTime.now(ZoneOffset.UTC) : updated));
      x.writeStartElement("author");
      text(x, "name", "Amity watch");
      x.writeEndElement();
      link(x, "self", self, "application/atom+xml");
      link(x, "alternate", base + "/", "text/html");
      text(x, "generator", "Amity");
      for (Notification n : list) {
        x.writeStartElement("entry");
        text(x, "id", "tag:amity,2026:notification:" + n.id());
        text(x, "title", n.title());
        text(x, "updated", time(n.createdAt()));
        text(x, "published", time(n.createdAt()));
        if (n.situationId() != null) {
          link(x, "alternate", base + "/situation.html?id=" + n.situationId(), "text/html");
        }
        x.writeEmptyElement("category");
        x.writeAttribute("term", n.level().key());
        x.writeAttribute("label", n.level().key() + " level");
        x.writeStartElement("summary");
        x.writeAttribute("type", "text");
        x.writeCharacters(n.summary());
        x.writeEndElement();
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the feed", e);
    }
    return out.toString();
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type)
      throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("href", href);
    x.writeAttribute("type", type);
  }

  /** A UTC time as RFC 3339 ("2014-05-12T08:30:00Z"). */
  static String time(LocalDateTime utc) {
    return utc.withNano(0).atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
