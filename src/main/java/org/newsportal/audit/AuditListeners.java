package org.newsportal.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.newsportal.article.Bulletin;
import org.newsportal.article.BulletinRepository;
import org.newsportal.article.change.BulletinDeleted;
import org.newsportal.article.change.BulletinImported;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Writes the audit log for what happens elsewhere: sign-ins, and imports, replacements
 * and deletions of bulletins however they came (editors' pages, the API, the watch
 * folder, the seeds). The bulletin events are published inside the import's transaction,
 * so their entries commit or roll back with it.
 */
@Component
class AuditListeners {

	static final String LOGIN_PATH = "/admin/login";

	private final AuditLog log;

	private final BulletinRepository bulletins;

	AuditListeners(AuditLog log, BulletinRepository bulletins) {
		this.log = log;
		this.bulletins = bulletins;
	}

	/**
	 * A sign-in on the form. HTTP Basic signs in on every API call, each of which is
	 * recorded as what it did instead.
	 */
	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		HttpServletRequest request = AuditLog.currentRequest();
		if (request != null && "POST".equals(request.getMethod())
				&& LOGIN_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
			this.log.record(event.getAuthentication().getName(), AuditAction.SIGN_IN, null, null);
		}
	}

	@EventListener
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		HttpServletRequest request = AuditLog.currentRequest();
		String via = (request != null && request.getRequestURI().contains("/api/")) ? "API" : "登录页";
		String reason = (event.getException() instanceof DisabledException) ? "账号已停用" : "用户名或密码错误";
		this.log.record(event.getAuthentication().getName(), AuditAction.SIGN_IN_FAILED, null, via + "：" + reason);
	}

	@EventListener
	void imported(BulletinImported event) {
		if (event.change() == BulletinImported.Change.EDITED) {
			return;
		}
		Bulletin bulletin = this.bulletins.findById(event.bulletinId()).orElse(null);
		String actor = AuditLog.currentActor();
		if (AuditLog.SYSTEM.equals(actor) && bulletin != null && bulletin.getImportedBy() != null) {
			actor = bulletin.getImportedBy();
		}
		String detail = (bulletin != null) ? bulletin.getItemCount() + " 条" : null;
		this.log.record(actor,
				(event.change() == BulletinImported.Change.REPLACED) ? AuditAction.REPLACE : AuditAction.IMPORT,
				event.name(), detail);
	}

	@EventListener
	void deleted(BulletinDeleted event) {
		this.log.record(AuditAction.DELETE, event.name(), null);
	}

}
