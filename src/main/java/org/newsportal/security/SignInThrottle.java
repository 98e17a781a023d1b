package org.newsportal.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Counts failed sign-ins per account and per client address, each in a token bucket
 * (Bucket4j): a failure takes a token, the tokens come back evenly over the window, and
 * while either bucket of an attempt is empty the attempt is refused without checking the
 * password. One address runs out before an account does, so one attacker cannot lock the
 * editor out; many addresses together slow down to one guess every
 * {@code window / failuresPerAccount} for the account.
 * <p>
 * It knows user names and addresses only, not where accounts are kept, so it works the
 * same whatever holds them. The buckets live in memory, per instance, and only while they
 * are not full again: a bucket unused for a whole window is full and is dropped, and at
 * most {@value #MAX_KEYS} of each kind are kept, so made-up user names cannot fill the
 * memory.
 */
class SignInThrottle {

	static final int MAX_KEYS = 10_000;

	private final SignInProperties properties;

	private final TimeMeter time;

	private final Cache<String, Bucket> accounts;

	private final Cache<String, Bucket> addresses;

	SignInThrottle(SignInProperties properties, Clock clock) {
		this.properties = properties;
		this.time = new ClockTime(clock);
		this.accounts = buckets(properties.window());
		this.addresses = buckets(properties.window());
	}

	/**
	 * How long an attempt for this account from this address must wait; zero when it may
	 * go ahead.
	 */
	Duration waitBefore(String account, String address) {
		return longer(wait(this.accounts.getIfPresent(accountKey(account))),
				wait(this.addresses.getIfPresent(address)));
	}

	/**
	 * Counts a failed attempt.
	 * @return what was used up by it: the account's allowance, the address's, or nothing
	 */
	Exhausted failed(String account, String address) {
		boolean accountEmpty = take(
				this.accounts.get(accountKey(account), (key) -> bucket(this.properties.failuresPerAccount())));
		boolean addressEmpty = take(this.addresses.get(address, (key) -> bucket(this.properties.failuresPerAddress())));
		return new Exhausted(accountEmpty, addressEmpty);
	}

	/**
	 * Which allowances a failure used up.
	 */
	record Exhausted(boolean account, boolean address) {

	}

	/**
	 * User names are compared as the account store compares them, which for the
	 * configured account is exactly; lower case keeps {@code Editor} and {@code editor}
	 * in one bucket should a store ignore case.
	 */
	private static String accountKey(String account) {
		return (account != null) ? account.toLowerCase(Locale.ROOT) : "";
	}

	private static boolean take(Bucket bucket) {
		bucket.tryConsume(1);
		return bucket.getAvailableTokens() < 1;
	}

	private static Duration wait(Bucket bucket) {
		if (bucket == null || bucket.getAvailableTokens() >= 1) {
			return Duration.ZERO;
		}
		return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
	}

	private static Duration longer(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	private Bucket bucket(int failures) {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(failures).refillGreedy(failures, this.properties.window()))
			.withCustomTimePrecision(this.time)
			.build();
	}

	private static Cache<String, Bucket> buckets(Duration window) {
		return Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(window).build();
	}

	/**
	 * The application's clock as Bucket4j's time, so that tests can move it.
	 */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return this.clock.millis() * 1_000_000L;
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
