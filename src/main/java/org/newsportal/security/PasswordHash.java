package org.newsportal.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code --hash-password}: prints the value for {@code spring.security.user.password}, so
 * that no plain password has to be written into the configuration. The password is read
 * from the terminal without echo (or from standard input in a script), never from the
 * command line, where it would stay in the shell's history.
 */
public final class PasswordHash {

	public static final String OPTION = "--hash-password";

	static final int MIN_LENGTH = 8;

	private PasswordHash() {
	}

	/**
	 * Runs the command and returns the process's exit status.
	 */
	public static int run() throws IOException {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		char[] password = read(out);
		if (password == null || password.length < MIN_LENGTH) {
			out.println("密码至少需要 " + MIN_LENGTH + " 个字符。");
			return 1;
		}
		out.println(hash(password));
		Arrays.fill(password, ' ');
		return 0;
	}

	static String hash(char[] password) {
		return "{bcrypt}" + new BCryptPasswordEncoder().encode(new String(password));
	}

	private static char[] read(PrintStream out) throws IOException {
		Console console = System.console();
		if (console != null) {
			char[] first = console.readPassword("新密码：");
			char[] second = console.readPassword("再输入一次：");
			if (first == null || !Arrays.equals(first, second)) {
				out.println("两次输入的密码不一致。");
				return null;
			}
			return first;
		}
		String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		return (line != null) ? line.toCharArray() : null;
	}

}
