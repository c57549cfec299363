package jp.renkei.portal.search.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import jp.renkei.portal.platform.address.PortalUrl;
import jp.renkei.portal.search.boundary.Search;
import jp.renkei.portal.search.boundary.Sitemaps;
import jp.renkei.portal.search.boundary.Sitemaps.Entry;

/**
 * The sitemaps (sitemaps.org) that {@code /robots.txt} names: {@code /sitemap.xml} is the index of
 * {@code /sitemaps/portal.xml} and one {@code /sitemaps/c/{slug}.xml} per circle. Every address is
 * the portal's public one ({@code RENKEI_PORTAL_URL}), never the request's host, so a forged {@code
 * Host} cannot put another site's addresses into a copy the HTTP cache keeps. Written with the
 * JDK's StAX writer, which escapes what it writes.
 */
@WebServlet({"/sitemap.xml", "/sitemaps/*"})
public class SitemapServlet extends HttpServlet {

  static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

  /** Search engines fetch sitemaps rarely; an hour keeps every fetch off the instances. */
  static final String CACHE = "public, max-age=3600";

  private static final Pattern CIRCLE = Pattern.compile("/c/([a-z0-9][a-z0-9-]{0,62})\\.xml");

  /**
   * Thread-safe once made; finding the implementation on every request would search the class path.
   */
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

  @Inject Sitemaps sitemaps;
  @Inject Search search;
  @Inject PortalUrl portalUrl;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String which = request.getPathInfo();
    if ("/sitemap.xml".equals(request.getServletPath()) && which == null) {
      write(response, xml -> index(xml));
    } else if ("/portal.xml".equals(which)) {
      write(response, xml -> urls(xml, sitemaps.ofPortal()));
    } else {
      Matcher circle = CIRCLE.matcher(which == null ? "" : which);
      if (!circle.matches()) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      } else if (!search.isReady()) {
        // Listed from this instance's search index, which it is still building: ask again soon.
        response.setHeader("Retry-After", "60");
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      } else {
        Optional<List<Entry>> entries = sitemaps.ofCircle(circle.group(1));
        if (entries.isEmpty()) {
          response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
          write(response, xml -> urls(xml, entries.get()));
        }
      }
    }
  }

  private void index(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartElement("sitemapindex");
    xml.writeDefaultNamespace(NAMESPACE);
    sitemap(xml, "/sitemaps/portal.xml");
    for (String slug : sitemaps.circles()) {
      sitemap(xml, "/sitemaps/c/" + slug + ".xml");
    }
    xml.writeEndElement();
  }

  private void sitemap(XMLStreamWriter xml, String path) throws XMLStreamException {
    xml.writeStartElement("sitemap");
    element(xml, "loc", portalUrl.absolute(path));
    xml.writeEndElement();
  }

  private void urls(XMLStreamWriter xml, List<Entry> entries) throws XMLStreamException {
    xml.writeStartElement("urlset");
    xml.writeDefaultNamespace(NAMESPACE);
    for (Entry entry : entries) {
      xml.writeStartElement("url");
      element(xml, "loc", portalUrl.absolute(entry.path()));
      if (entry.lastModified() != null) {
        element(xml, "lastmod", entry.lastModified().toString());
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private interface Body {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private static void write(HttpServletResponse response, Body body) throws IOException {
    response.setContentType("application/xml;charset=UTF-8");
    response.setHeader("Cache-Control", CACHE);
    Writer out = response.getWriter();
    try {
      XMLStreamWriter xml = XML.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      body.write(xml);
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }
}
