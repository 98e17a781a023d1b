package org.newsportal.account;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --create-admin=NAME}: creates an administrator in the database the site uses, or
 * makes that account an enabled administrator with a new password, which is how a
 * newsroom that locked out its last administrator gets back in. The password is read from
 * the terminal without echo (or from standard input in a script), never from the command
 * line. Without a name it is {@code spring.security.user.name}.
 */
@Component
@Order(0)
class CreateAdminCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String OPTION = "create-admin";

	private final AccountService accounts;

	private final String defaultName;

	private final PrintStream out;

	private final InputStream in;

	private int exitCode;

	@Autowired
	CreateAdminCommand(AccountService accounts, @Value("${spring.security.user.name:editor}") String defaultName) {
		this(accounts, defaultName, new PrintStream(System.out, true, StandardCharsets.UTF_8), System.in);
	}

	CreateAdminCommand(AccountService accounts, String defaultName, PrintStream out, InputStream in) {
		this.accounts = accounts;
		this.defaultName = defaultName;
		this.out = out;
		this.in = in;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!args.containsOption(OPTION)) {
			return;
		}
		List<String> names = args.getOptionValues(OPTION);
		String name = names.isEmpty() || names.get(0).isBlank() ? this.defaultName : names.get(0);
		char[] password = readPassword();
		if (password == null) {
			this.exitCode = 1;
			return;
		}
		try {
			this.accounts.createOrRestoreAdministrator(name, new String(password));
			this.out.println("管理员“" + AccountService.normalise(name) + "”已可登录。");
		}
		catch (AccountException ex) {
			this.out.println(ex.getMessage());
			this.exitCode = 1;
		}
		finally {
			Arrays.fill(password, ' ');
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	private char[] readPassword() throws IOException {
		Console console = System.console();
		if (console != null && this.in == System.in) {
			char[] first = console.readPassword("新密码：");
			char[] second = console.readPassword("再输入一次：");
			if (first == null || !Arrays.equals(first, second)) {
				this.out.println("两次输入的密码不一致。");
				return null;
			}
			return first;
		}
		String line = new BufferedReader(new InputStreamReader(this.in, StandardCharsets.UTF_8)).readLine();
		return (line != null) ? line.toCharArray() : null;
	}

}
