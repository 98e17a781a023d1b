package org.newsportal.site;

import java.util.Locale;
import java.util.function.Supplier;

import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.newsportal.PortalProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Puts {@link SiteErrorReportValve} in place of Tomcat's error report valve on the
 * embedded server's Host, so that requests Tomcat refuses before the application sees
 * them get the site's Chinese error page rather than Tomcat's English one.
 *
 * <p>
 * Runs last among the customizers: Boot's own Tomcat customizer adds an
 * {@link ErrorReportValve} to the Host (to hide the report and server version), and a
 * valve added after ours would answer first. This one removes any such valve, adds ours,
 * and names its class as the Host's error report valve so that Tomcat does not add its
 * default one again when the Host starts (it looks for a valve of that class name).
 *
 * <p>
 * Encoded slashes ({@code /a%2Fb}) stay refused, Tomcat's default
 * ({@code encodedSolidusHandling=reject}): no address of the site has a slash inside a
 * segment (slugs, dates and names never contain one), decoding them would let
 * {@code %2F..} take part in path normalisation, and passing them through would only move
 * the refusal to Spring Security's firewall, which rejects them too.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class TomcatErrorPageCustomizer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	private static final String STYLESHEET = "/css/site.css";

	private final MessageSource messages;

	private final Locale locale;

	private final String siteName;

	private final ObjectProvider<ResourceUrlProvider> resourceUrls;

	TomcatErrorPageCustomizer(MessageSource messages, WebProperties webProperties, PortalProperties properties,
			ObjectProvider<ResourceUrlProvider> resourceUrls) {
		this.messages = messages;
		// The site answers in one language (spring.web.locale with the fixed resolver)
		this.locale = (webProperties.getLocale() != null) ? webProperties.getLocale() : Locale.SIMPLIFIED_CHINESE;
		this.siteName = properties.siteName();
		this.resourceUrls = resourceUrls;
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		SiteErrorReportValve valve = new SiteErrorReportValve(this.messages, this.locale, this.siteName,
				new VersionedStylesheet(this.resourceUrls));
		factory.addContextCustomizers((context) -> install(context.getParent(), valve));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private static void install(Container parent, SiteErrorReportValve valve) {
		if (!(parent instanceof StandardHost host)) {
			return;
		}
		Pipeline pipeline = host.getPipeline();
		for (Valve existing : pipeline.getValves()) {
			if (existing instanceof ErrorReportValve && existing != valve) {
				pipeline.removeValve(existing);
			}
		}
		pipeline.addValve(valve);
		host.setErrorReportValveClass(SiteErrorReportValve.class.getName());
	}

	/**
	 * The stylesheet's content-hashed address, as Thymeleaf's {@code @{/css/site.css}}
	 * writes it. Resource URLs are only known once the context is refreshed, after the
	 * server is built, so it is looked up on the first error page and kept; until then
	 * the plain address, which is served as well.
	 */
	private static final class VersionedStylesheet implements Supplier<String> {

		private final ObjectProvider<ResourceUrlProvider> resourceUrls;

		private volatile String versioned;

		private VersionedStylesheet(ObjectProvider<ResourceUrlProvider> resourceUrls) {
			this.resourceUrls = resourceUrls;
		}

		@Override
		public String get() {
			String known = this.versioned;
			if (known != null) {
				return known;
			}
			ResourceUrlProvider provider = this.resourceUrls.getIfUnique();
			String found = (provider != null) ? provider.getForLookupPath(STYLESHEET) : null;
			if (found == null) {
				return STYLESHEET;
			}
			this.versioned = found;
			return found;
		}

	}

}
