package org.newsportal.server;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "portal.import-seeds=false", "server.forward-headers-strategy=framework" })
class ForwardedHeadersFrameworkTests extends ForwardedHeadersTests {

	@Override
	boolean trusted() {
		return true;
	}

	@Override
	boolean tomcatSeesHttps() {
		return false;
	}

}
