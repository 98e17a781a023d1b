package org.newsportal.site;

import org.newsportal.PortalProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the paper's name for its header and title. Not limited to this
 * package: pages written elsewhere (search, reporters, admin) and Boot's error pages use
 * the same layout.
 * <p>
 * The properties are enabled here as well as through the application's scan so that every
 * {@code @WebMvcTest} works: slices skip that scan but always load controller advice.
 */
@ControllerAdvice
@EnableConfigurationProperties(PortalProperties.class)
class SiteModelAdvice {

	private final PortalProperties properties;

	SiteModelAdvice(PortalProperties properties) {
		this.properties = properties;
	}

	@ModelAttribute("siteName")
	String siteName() {
		return this.properties.siteName();
	}

}
