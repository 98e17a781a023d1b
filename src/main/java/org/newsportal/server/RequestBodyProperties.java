package org.newsportal.server;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on reading request bodies, under {@code portal.request-body.*} (see
 * {@link RequestBodyValve}). Uploads (a multipart {@code POST} to the editors' upload
 * page or the import API) may be as large as
 * {@code spring.servlet.multipart.max-request-size}; every other body, sign-in and the
 * editors' buttons included, at most {@code maxSize}.
 *
 * @param maxSize the largest body of anything but an upload: a sign-in form is a few
 * hundred bytes
 * @param grace how long any body may take before it must keep up {@code minRate}
 * @param minRate the average rate, per second, a body must arrive at after {@code grace}:
 * a body of {@code n} bytes may take {@code grace + n / minRate}
 * @param maxConcurrent how many requests with a body (uploads included) may be under way
 * at once; the server's other threads are left to readers
 * @param maxConcurrentUploads how many of those may be uploads
 */
@ConfigurationProperties("portal.request-body")
public record RequestBodyProperties(@DefaultValue("16KB") DataSize maxSize, @DefaultValue("10s") Duration grace,
		@DefaultValue("16KB") DataSize minRate, @DefaultValue("32") int maxConcurrent,
		@DefaultValue("4") int maxConcurrentUploads) {

}
