package org.newsportal.audit;

/**
 * What an audit event records. Stored by name: never rename one.
 */
public enum AuditAction {

	SIGN_IN, SIGN_IN_FAILED, IMPORT, REPLACE, DELETE, EDIT, CORRECTION, HOLD, RELEASE, HOLD_CANCELLED, HOLD_FAILED,
	ACCOUNT_CREATED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, ACCOUNT_ROLE, PASSWORD_RESET, PASSWORD_CHANGED

}
