package org.newsportal.site;

import org.newsportal.NotFoundException;
import org.newsportal.PortalProperties;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns what a reader can get wrong in an address into the Chinese 404 page. A malformed
 * date or page number names a page that does not exist, so it is a 404 rather than a 400,
 * and never a 500.
 */
@ControllerAdvice(basePackageClasses = SiteExceptionAdvice.class)
class SiteExceptionAdvice {

	private final PortalProperties properties;

	SiteExceptionAdvice(PortalProperties properties) {
		this.properties = properties;
	}

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	ModelAndView notFound() {
		ModelAndView view = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		// Exception handlers do not get the @ModelAttribute values, so the layout's
		// header needs its site name from here
		view.addObject("siteName", this.properties.siteName());
		return view;
	}

}
