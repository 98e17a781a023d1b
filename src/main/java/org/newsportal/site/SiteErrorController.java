package org.newsportal.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;

/**
 * Boot's error controller, except that asking for {@code /error} directly is a page that
 * does not exist rather than a server error: Boot answers 500 when no error brought the
 * request there, and a reader can type that address. Only in a web application: the
 * import command line runs without one.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SiteErrorController extends BasicErrorController {

	SiteErrorController(ErrorAttributes errorAttributes, WebProperties webProperties,
			ObjectProvider<ErrorViewResolver> errorViewResolvers) {
		super(errorAttributes, webProperties.getError(), errorViewResolvers.orderedStream().toList());
	}

	@Override
	protected HttpStatus getStatus(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			return HttpStatus.NOT_FOUND;
		}
		return super.getStatus(request);
	}

}
