package org.newsportal.site;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.newsportal.security.SecurityConfiguration;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The error page for what Tomcat answers itself, before the application sees the request:
 * an address it will not decode or normalise ({@code /%00}, {@code /a%2Fb}, {@code /%zz},
 * {@code /..}), an illegal character in the request line, a malformed or oversized
 * header. Tomcat's own valve answers those with an English "HTTP Status 400" page; this
 * one answers with the same words as the site's {@code error.html} and
 * {@code error/404.html}, read from {@code messages.properties} through the application's
 * {@link MessageSource}.
 *
 * <p>
 * Like Tomcat's valve it writes only when the status is an error and nothing has been
 * written yet, so every error Spring renders (which writes a body) is left as it is.
 *
 * <p>
 * The page is plain HTML built here, not a Thymeleaf template: the valve runs in the
 * Host's pipeline, outside the servlet context, without a request Spring MVC could render
 * for, and for requests that may not even have a path. Nothing from the request goes into
 * it. The response also bypasses Spring Security's filters, so the valve sets the same
 * security headers {@link SecurityConfiguration} gives every other response; the page has
 * no inline script or style and links the site's stylesheet, so the same policy holds.
 */
class SiteErrorReportValve extends ErrorReportValve {

	private final MessageSource messages;

	private final Locale locale;

	private final String siteName;

	private final Supplier<String> stylesheet;

	/**
	 * @param stylesheet the site's stylesheet address; the versioned one when known, so
	 * that the year-long cache of {@code /css/**} never keeps an old stylesheet
	 */
	SiteErrorReportValve(MessageSource messages, Locale locale, String siteName, Supplier<String> stylesheet) {
		this.messages = messages;
		this.locale = locale;
		this.siteName = siteName;
		this.stylesheet = stylesheet;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// The same conditions as Tomcat's valve: an error status, no body written by
		// anyone else, reported once, and a connection that can still take a response.
		// The throwable is never shown: the page has no details of any error.
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		String page = page(status);
		response.setLocale(this.locale);
		response.setContentType("text/html;charset=UTF-8");
		SecurityConfiguration.writeHeaders(response);
		try {
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(page);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client went away or the response was taken over: nothing to answer
		}
	}

	/**
	 * The site's error page in short: the header with the paper's name, the heading and
	 * text of {@code error/404.html} for 404 and of {@code error.html} otherwise, the
	 * status code and a link to the front page.
	 */
	String page(int status) {
		String title = message((status == 404) ? "error.404.title" : "error.title");
		String text = message((status == 404) ? "error.404.text" : (status < 500) ? "error.request" : "error.text");
		String name = escape(this.siteName);
		return """
				<!DOCTYPE html>
				<html lang="%s">
				<head>
				  <meta charset="utf-8">
				  <meta name="viewport" content="width=device-width, initial-scale=1">
				  <title>%s - %s</title>
				  <link rel="stylesheet" href="%s">
				  <link rel="icon" type="image/svg+xml" href="/favicon.svg">
				</head>
				<body>
				  <a class="skip-link" href="#main">%s</a>
				  <header class="site-header">
				    <div class="site-header-inner">
				      <a class="site-name" href="/">%s</a>
				    </div>
				  </header>
				  <main id="main" tabindex="-1" class="error-page">
				    <h1>%s</h1>
				    <p>%s</p>
				    <p class="error-status">%s</p>
				    <p class="error-links"><a href="/">%s</a></p>
				  </main>
				  <footer class="site-footer">
				    <p>%s</p>
				  </footer>
				</body>
				</html>
				""".formatted(this.locale.toLanguageTag(), title, name, escape(this.stylesheet.get()),
				message("layout.skip"), name, title, text, message("error.status", status), message("error.home"),
				message("footer.note", this.siteName));
	}

	/**
	 * A message in the site's locale, escaped as Thymeleaf's {@code th:text} escapes it:
	 * the site name it may contain is configuration, not markup.
	 */
	private String message(String code, Object... arguments) {
		return escape(this.messages.getMessage(code, arguments, this.locale));
	}

	/**
	 * Only the markup characters: the page is UTF-8, so Chinese text and the footer's
	 * {@code ·} stay as they are, as Thymeleaf writes them.
	 */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
