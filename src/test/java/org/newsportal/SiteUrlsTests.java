package org.newsportal;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SiteUrlsTests {

	@Test
	void aBaseUrlWithOrWithoutItsSlashGivesTheSameAddresses() {
		assertThat(new SiteUrls(URI.create("https://news.example.cn/")).absolute("/feed.atom"))
			.isEqualTo("https://news.example.cn/feed.atom");
		assertThat(new SiteUrls(URI.create("https://news.example.cn")).absolute("/feed.atom"))
			.isEqualTo("https://news.example.cn/feed.atom");
		assertThat(new SiteUrls(URI.create("https://news.example.cn/")).base()).isEqualTo("https://news.example.cn");
	}

}
