package org.newsportal.account;

/**
 * What an account may do in the editors' area. Each role may do everything the roles
 * before it may (see {@code security.SecurityConfiguration#roleHierarchy}).
 */
public enum Role {

	/** 编辑: imports, previews, re-imports and publishes bulletins. */
	EDITOR,

	/** 审核/值班主任: also deletes bulletins and releases held ones. */
	CHIEF,

	/** 管理员: also manages the accounts and reads the audit log. */
	ADMIN

}
