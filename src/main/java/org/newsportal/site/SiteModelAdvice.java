package org.newsportal.site;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.newsportal.PortalProperties;
import org.newsportal.SiteUrls;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UrlPathHelper;

/**
 * Gives every page the paper's name for its header and title, and the canonical address
 * the layout's head announces. Not limited to this package: pages written elsewhere
 * (search, reporters, admin) and Boot's error pages use the same layout. A controller
 * that knows better sets {@code canonical} itself.
 * <p>
 * The properties are enabled here as well as through the application's scan so that every
 * {@code @WebMvcTest} works: slices skip that scan but always load controller advice.
 */
@ControllerAdvice
@EnableConfigurationProperties(PortalProperties.class)
class SiteModelAdvice {

	/**
	 * The parameters that choose what a page shows; anything else (tracking tags a chat
	 * app appends, say) is the same page.
	 */
	private static final List<String> PAGE_PARAMETERS = List.of("q", "from", "to", "reporter", "kind", "page");

	private final PortalProperties properties;

	private final SiteUrls urls;

	SiteModelAdvice(PortalProperties properties) {
		this.properties = properties;
		this.urls = new SiteUrls(properties);
	}

	@ModelAttribute("siteName")
	String siteName() {
		return this.properties.siteName();
	}

	@ModelAttribute("siteUrl")
	String siteUrl() {
		return this.urls.absolute("/");
	}

	/**
	 * The page's own address with only the parameters that matter; none for an error
	 * page, which is no page of its own.
	 */
	@ModelAttribute("canonical")
	String canonical(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
			return null;
		}
		UriComponentsBuilder builder = UriComponentsBuilder
			.fromPath(new UrlPathHelper().getPathWithinApplication(request));
		for (String name : PAGE_PARAMETERS) {
			String value = request.getParameter(name);
			if (value != null && !value.isBlank()) {
				builder.queryParam(name, value);
			}
		}
		return this.urls.absolute(builder.encode().build().toUriString());
	}

}
