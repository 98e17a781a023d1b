package org.newsportal.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins are allowed, under {@code portal.sign-in.*} (see
 * {@link SignInThrottle}).
 *
 * @param failuresPerAddress failed sign-ins one client address may make within
 * {@code window}, for any account
 * @param failuresPerAccount failed sign-ins for one account within {@code window}, from
 * any address
 * @param window the time over which failures are forgiven again, evenly: after the
 * allowance is used up, one more attempt every {@code window / failures}
 */
@ConfigurationProperties("portal.sign-in")
public record SignInProperties(@DefaultValue("10") int failuresPerAddress, @DefaultValue("30") int failuresPerAccount,
		@DefaultValue("10m") Duration window) {

}
