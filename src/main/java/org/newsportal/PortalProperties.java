package org.newsportal;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The portal's own settings, under {@code portal.*}.
 *
 * @param siteName the paper's name, shown in every page's header and title
 * @param dataDir where the embedded database and the search index live
 * @param seedsDir bulletins imported at start-up when not already there
 * @param importSeeds whether to import {@code seedsDir} at start-up
 * @param timeZone the paper's time zone: dates in feeds and "today" are taken there
 * @param maxBulletinSize the largest bulletin file accepted
 * @param baseUrl the site's public address ({@code https://news.example.cn}) for
 * canonical links, feeds and the sitemap; when unset it is taken from each request, which
 * is right behind a proxy only when the proxy forwards its host and scheme
 */
@ConfigurationProperties("portal")
public record PortalProperties(@DefaultValue("地方新闻") String siteName, @DefaultValue("./data") Path dataDir,
		@DefaultValue("./seeds") Path seedsDir, @DefaultValue("true") boolean importSeeds,
		@DefaultValue("Asia/Shanghai") ZoneId timeZone, @DefaultValue("20MB") DataSize maxBulletinSize, URI baseUrl) {

}
