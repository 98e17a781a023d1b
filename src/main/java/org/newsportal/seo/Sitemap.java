package org.newsportal.seo;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a sitemaps.org {@code urlset}: each page's absolute address and when it last
 * changed, at the paper's time zone.
 */
final class Sitemap {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final StringWriter out = new StringWriter();

	private final XMLStreamWriter xml;

	private final ZoneId zone;

	Sitemap(ZoneId zone) {
		this.zone = zone;
		try {
			this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(this.out);
			this.xml.writeStartDocument("UTF-8", "1.0");
			this.xml.writeStartElement("urlset");
			this.xml.writeDefaultNamespace(NAMESPACE);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A sitemaps.org {@code sitemapindex} of these sitemap files' absolute addresses.
	 */
	static String index(List<String> locations) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("sitemapindex");
			xml.writeDefaultNamespace(NAMESPACE);
			for (String location : locations) {
				xml.writeCharacters("\n");
				xml.writeStartElement("sitemap");
				xml.writeStartElement("loc");
				xml.writeCharacters(location);
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

	Sitemap add(String location, Instant modified) {
		try {
			this.xml.writeCharacters("\n");
			this.xml.writeStartElement("url");
			element("loc", location);
			if (modified != null) {
				element("lastmod", DateTimeFormatter.ISO_OFFSET_DATE_TIME
					.format(modified.truncatedTo(ChronoUnit.SECONDS).atZone(this.zone).toOffsetDateTime()));
			}
			this.xml.writeEndElement();
			return this;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String finish() {
		try {
			this.xml.writeCharacters("\n");
			this.xml.writeEndDocument();
			this.xml.close();
			return this.out.toString();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void element(String name, String text) throws XMLStreamException {
		this.xml.writeStartElement(name);
		this.xml.writeCharacters(text);
		this.xml.writeEndElement();
	}

}
