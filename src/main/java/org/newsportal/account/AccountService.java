package org.newsportal.account;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.newsportal.audit.AuditAction;
import org.newsportal.audit.AuditLog;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's accounts: administrators add them, disable and enable them, change their
 * role and reset their password; everyone changes their own password. Every change is in
 * the audit log. At least one enabled administrator is always left, so nobody can lock
 * the newsroom out of its own accounts from the site.
 */
@Service
public class AccountService {

	static final int MIN_PASSWORD_LENGTH = 8;

	/** What bcrypt reads of a password; the rest would be ignored silently. */
	static final int MAX_PASSWORD_BYTES = 72;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordEncoder encoder, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public List<Account> findAll() {
		return this.accounts.findAllByOrderByUsernameAsc();
	}

	@Transactional(readOnly = true)
	public Optional<Account> findByUsername(String username) {
		return this.accounts.findByUsername(normalise(username));
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Account create(String username, String displayName, String password, Role role, String by) {
		String name = normalise(username);
		if (!USERNAME.matcher(name).matches()) {
			throw new AccountException("用户名须为 2 到 32 个小写英文字母、数字或 . _ -，以字母或数字开头。");
		}
		if (this.accounts.findByUsername(name).isPresent()) {
			throw new AccountException("用户名“" + name + "”已被使用。");
		}
		if (role == null) {
			throw new AccountException("请选择角色。");
		}
		String display = (displayName == null || displayName.isBlank()) ? name : displayName.strip();
		if (display.length() > 100) {
			throw new AccountException("姓名最多 100 个字符。");
		}
		Account account = this.accounts
			.save(new Account(name, display, hash(password), role, this.clock.instant(), by));
		this.audit.record(by, AuditAction.ACCOUNT_CREATED, name, display + "，角色 " + role.name());
		return account;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Account setEnabled(long id, boolean enabled, String by) {
		Account account = find(id);
		if (!enabled && account.getRole() == Role.ADMIN) {
			keepAnAdministrator(account);
		}
		account.setEnabled(enabled, this.clock.instant(), by);
		this.audit.record(by, enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED,
				account.getUsername(), null);
		return account;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Account setRole(long id, Role role, String by) {
		Account account = find(id);
		if (role == null) {
			throw new AccountException("请选择角色。");
		}
		if (account.getRole() == Role.ADMIN && role != Role.ADMIN) {
			keepAnAdministrator(account);
		}
		Role before = account.getRole();
		account.setRole(role, this.clock.instant(), by);
		this.audit.record(by, AuditAction.ACCOUNT_ROLE, account.getUsername(), before.name() + " → " + role.name());
		return account;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Account resetPassword(long id, String password, String by) {
		Account account = find(id);
		account.changePassword(hash(password), this.clock.instant(), by);
		this.audit.record(by, AuditAction.PASSWORD_RESET, account.getUsername(), null);
		return account;
	}

	/**
	 * Changes the signed-in account's own password, which it must give first.
	 */
	@Transactional
	public void changeOwnPassword(String username, String current, String password) {
		Account account = this.accounts.findByUsername(normalise(username))
			.orElseThrow(() -> new AccountException("这个账号不在账号表中，无法修改密码。"));
		if (current == null || !this.encoder.matches(current, account.getPasswordHash())) {
			throw new AccountException("当前密码不对。");
		}
		account.changePassword(hash(password), this.clock.instant(), account.getUsername());
		this.audit.record(account.getUsername(), AuditAction.PASSWORD_CHANGED, account.getUsername(), null);
	}

	/**
	 * Creates the first administrator when there is no account at all, with a password as
	 * configured: a hash with its encoder's prefix ({@code {bcrypt}...}), or a plain one,
	 * which is hashed here.
	 * @return whether it was created
	 */
	@Transactional
	boolean createFirstAdministrator(String username, String password) {
		if (this.accounts.count() > 0) {
			return false;
		}
		String name = normalise(username);
		String stored = password.matches("^\\{[^}]+}.*") ? password : this.encoder.encode(password);
		this.accounts.save(new Account(name, name, stored, Role.ADMIN, this.clock.instant(), AuditLog.SYSTEM));
		this.audit.record(AuditLog.SYSTEM, AuditAction.ACCOUNT_CREATED, name, "第一个管理员，来自 spring.security.user.*");
		return true;
	}

	/**
	 * Creates an administrator, or makes an existing account an enabled administrator
	 * with this password: {@code --create-admin}, for the first one or when every
	 * administrator is locked out.
	 */
	@Transactional
	void createOrRestoreAdministrator(String username, String password) {
		String name = normalise(username);
		if (!USERNAME.matcher(name).matches()) {
			throw new AccountException("用户名须为 2 到 32 个小写英文字母、数字或 . _ -，以字母或数字开头。");
		}
		String hash = hash(password);
		Optional<Account> existing = this.accounts.findByUsername(name);
		if (existing.isPresent()) {
			Account account = existing.get();
			account.changePassword(hash, this.clock.instant(), "cli");
			account.setRole(Role.ADMIN, this.clock.instant(), "cli");
			account.setEnabled(true, this.clock.instant(), "cli");
			this.audit.record("cli", AuditAction.PASSWORD_RESET, name, "--create-admin：设为已启用的管理员");
		}
		else {
			this.accounts.save(new Account(name, name, hash, Role.ADMIN, this.clock.instant(), "cli"));
			this.audit.record("cli", AuditAction.ACCOUNT_CREATED, name, "--create-admin，角色 ADMIN");
		}
	}

	private void keepAnAdministrator(Account account) {
		if (account.isEnabled() && this.accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
			throw new AccountException("“" + account.getUsername() + "”是唯一启用的管理员，不能停用或降级。");
		}
	}

	private Account find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new AccountException("没有这个账号。"));
	}

	String hash(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
			throw new AccountException("密码至少需要 " + MIN_PASSWORD_LENGTH + " 个字符。");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new AccountException("密码太长：最多 72 个字节（约 24 个汉字或 72 个英文字母）。");
		}
		return this.encoder.encode(password);
	}

	static String normalise(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

}
