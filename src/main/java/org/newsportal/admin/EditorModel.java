package org.newsportal.admin;

import java.security.Principal;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every editors' page needs: who is signed in, for the header, and the paper's time
 * zone, in which import times are shown.
 */
@ControllerAdvice(assignableTypes = { AdminController.class, UploadController.class })
class EditorModel {

	private final ZoneId zone;

	// A plain property rather than PortalProperties, so that other packages' web slice
	// tests, which pick up every controller advice, need nothing extra for this one.
	EditorModel(@Value("${portal.time-zone:Asia/Shanghai}") ZoneId zone) {
		this.zone = zone;
	}

	@ModelAttribute("editor")
	String editor(Principal principal) {
		return (principal != null) ? principal.getName() : null;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return this.zone;
	}

}
