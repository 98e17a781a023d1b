package org.newsportal.security;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.newsportal.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2024-03-12T02:00:00Z"));

	private final SignInThrottle throttle = new SignInThrottle(new SignInProperties(3, 5, Duration.ofMinutes(3)),
			this.clock);

	@Test
	void anAddressIsHeldBackOnceItsFailuresAreUsedUpAndForgivenOneByOne() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.throttle.waitBefore("editor", "10.0.0.1")).isZero();
			this.throttle.failed("editor", "10.0.0.1");
		}
		Duration wait = this.throttle.waitBefore("someone", "10.0.0.1");
		assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
		assertThat(this.throttle.waitBefore("editor", "10.0.0.2")).as("another address").isZero();

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.throttle.waitBefore("editor", "10.0.0.1")).as("one failure forgiven").isZero();
		this.throttle.failed("editor", "10.0.0.1");
		assertThat(this.throttle.waitBefore("editor", "10.0.0.1")).isPositive();
	}

	@Test
	void anAccountIsHeldBackWhenManyAddressesFailForIt() {
		for (int i = 0; i < 5; i++) {
			SignInThrottle.Exhausted exhausted = this.throttle.failed("Editor", "10.0.1." + i);
			assertThat(exhausted.account()).isEqualTo(i == 4);
			assertThat(exhausted.address()).isFalse();
		}
		assertThat(this.throttle.waitBefore("editor", "10.0.2.1")).as("any address, any case").isPositive();
		assertThat(this.throttle.waitBefore("other", "10.0.2.1")).as("another account").isZero();
		this.clock.advance(Duration.ofMinutes(3));
		assertThat(this.throttle.waitBefore("editor", "10.0.2.1")).isZero();
	}

	@Test
	void loggedNamesCannotForgeLogLinesAndAreCut() {
		assertThat(ThrottledAuthenticationManager.loggable("editor\r\nFAKE LINE\u2028\"x"))
			.isEqualTo("editor??FAKE LINE??x");
		assertThat(ThrottledAuthenticationManager.loggable("名".repeat(100))).hasSize(65).endsWith("…");
	}

}
