package org.newsportal.server;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Puts {@link RequestBodyValve} into the web application's context on the embedded
 * Tomcat.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RequestBodyProperties.class)
class RequestBodyConfiguration {

	/**
	 * Where a multipart {@code POST} is an upload, with the upload limit: the editors'
	 * upload page and the import API. Anywhere else a body is a form of a few KB.
	 */
	static final Set<String> UPLOAD_PATHS = Set.of("/admin/upload", "/api/admin/bulletins");

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> requestBodyValve(RequestBodyProperties properties,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxUploadSize, MessageSource messages,
			WebProperties web) {
		Locale locale = (web.getLocale() != null) ? web.getLocale() : Locale.SIMPLIFIED_CHINESE;
		IntFunction<String> answers = (status) -> messages.getMessage("error." + status + ".text", null,
				messages.getMessage("error.request", null, locale), locale);
		return (factory) -> factory.addContextCustomizers((context) -> context.getPipeline()
			.addValve(new RequestBodyValve(properties, maxUploadSize.toBytes(), UPLOAD_PATHS, answers,
					System::nanoTime)));
	}

}
