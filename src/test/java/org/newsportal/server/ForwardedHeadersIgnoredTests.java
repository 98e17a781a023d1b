package org.newsportal.server;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "portal.import-seeds=false", "server.forward-headers-strategy=none" })
class ForwardedHeadersIgnoredTests extends ForwardedHeadersTests {

	@Override
	boolean trusted() {
		return false;
	}

	@Override
	boolean tomcatSeesHttps() {
		return false;
	}

}
