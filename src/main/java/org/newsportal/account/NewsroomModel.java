package org.newsportal.account;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every editors' page needs to show the signed-in account's menu: who it is and what
 * its role lets it reach. The server checks every request anyway; this only hides links
 * that would be refused.
 */
@ControllerAdvice(basePackages = { "org.newsportal.admin", "org.newsportal.account", "org.newsportal.audit",
		"org.newsportal.release" })
class NewsroomModel {

	private final ZoneId zone;

	// A plain property, so that other packages' web slice tests need nothing extra
	NewsroomModel(@Value("${portal.time-zone:Asia/Shanghai}") ZoneId zone) {
		this.zone = zone;
	}

	@ModelAttribute("editor")
	String editor(Authentication authentication) {
		return (authentication != null) ? authentication.getName() : null;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return this.zone;
	}

	@ModelAttribute("mayRelease")
	boolean mayRelease(Authentication authentication) {
		return has(authentication, Role.CHIEF) || has(authentication, Role.ADMIN);
	}

	/** Deleting a bulletin takes the same role as releasing one. */
	@ModelAttribute("mayDelete")
	boolean mayDelete(Authentication authentication) {
		return mayRelease(authentication);
	}

	@ModelAttribute("mayAdminister")
	boolean mayAdminister(Authentication authentication) {
		return has(authentication, Role.ADMIN);
	}

	private static boolean has(Authentication authentication, Role role) {
		if (authentication == null) {
			return false;
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (("ROLE_" + role.name()).equals(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

}
