package org.newsportal.security;

import java.time.Duration;

import org.newsportal.security.SignInThrottle.Exhausted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs in through whatever checks the accounts, but refuses an attempt without asking it
 * while {@link SignInThrottle} says the account or the address has failed too often, and
 * counts and logs every failure. Used by the sign-in form and by HTTP Basic on the import
 * API alike.
 * <p>
 * The address is the request's remote address: the client's own behind a proxy only where
 * forwarded headers are trusted ({@code server.forward-headers-strategy}), otherwise the
 * proxy's. The password is never logged; a user name is logged as sent, with control
 * characters replaced and cut to {@value #MAX_LOGGED_NAME} characters.
 */
class ThrottledAuthenticationManager implements AuthenticationManager {

	private static final Logger logger = LoggerFactory.getLogger(ThrottledAuthenticationManager.class);

	static final int MAX_LOGGED_NAME = 64;

	private final AuthenticationManager delegate;

	private final SignInThrottle throttle;

	ThrottledAuthenticationManager(AuthenticationManager delegate, SignInThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String account = authentication.getName();
		String address = address(authentication);
		Duration wait = this.throttle.waitBefore(account, address);
		if (!wait.isZero()) {
			logger.debug("Sign-in for \"{}\" from {} refused unchecked: too many failures, {} s to wait",
					loggable(account), address, wait.toSeconds());
			throw new SignInThrottledException(roundUp(wait));
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			logger.info("Signed in: \"{}\" from {}", loggable(account), address);
			return result;
		}
		catch (InternalAuthenticationServiceException ex) {
			// The account store failed, not the client
			throw ex;
		}
		catch (AuthenticationException ex) {
			Exhausted exhausted = this.throttle.failed(account, address);
			logger.warn("Failed sign-in for \"{}\" from {}", loggable(account), address);
			if (exhausted.address()) {
				logger.warn("Too many failed sign-ins from {}: its sign-ins are refused unchecked for a while",
						address);
			}
			if (exhausted.account()) {
				logger.warn("Too many failed sign-ins for \"{}\": its sign-ins are refused unchecked for a while",
						loggable(account));
			}
			throw ex;
		}
	}

	private static String address(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

	private static Duration roundUp(Duration wait) {
		return Duration.ofSeconds(Math.max(1, (wait.toMillis() + 999) / 1000));
	}

	static String loggable(String name) {
		if (name == null) {
			return "";
		}
		StringBuilder clean = new StringBuilder(Math.min(name.length(), MAX_LOGGED_NAME));
		name.codePoints().limit(MAX_LOGGED_NAME).forEach((c) -> {
			if (Character.isISOControl(c) || c == '"' || Character.getType(c) == Character.LINE_SEPARATOR
					|| Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
				clean.append('?');
			}
			else {
				clean.appendCodePoint(c);
			}
		});
		if (name.codePointCount(0, name.length()) > MAX_LOGGED_NAME) {
			clean.append('…');
		}
		return clean.toString();
	}

}
