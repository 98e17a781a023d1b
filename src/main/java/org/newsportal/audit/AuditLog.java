package org.newsportal.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.newsportal.ResultPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The newsroom's audit log, kept in table {@code audit_event}: it is only ever appended
 * to; nothing in the site changes or deletes an entry. An entry written inside a
 * transaction (an import, an account change) goes with it, so a change that is rolled
 * back leaves no entry claiming it happened.
 */
@Service
public class AuditLog {

	/** Who acts when no one is signed in: start-up, schedules. */
	public static final String SYSTEM = "system";

	private static final int MAX_SUBJECT = 300;

	private static final int MAX_DETAIL = 1000;

	private static final int MAX_NAME = 64;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records what the signed-in account (or {@link #SYSTEM}) did, from the current
	 * request's address.
	 */
	@Transactional
	public void record(AuditAction action, String subject, String detail) {
		record(currentActor(), action, subject, detail);
	}

	/**
	 * Records what {@code actor} did, from the current request's address if there is one.
	 */
	@Transactional
	public void record(String actor, AuditAction action, String subject, String detail) {
		this.jdbc
			.sql("insert into audit_event (occurred_at, actor, address, action, subject, detail) "
					+ "values (:at, :actor, :address, :action, :subject, :detail)")
			.param("at", utc(this.clock.instant()))
			.param("actor", cut((actor == null || actor.isBlank()) ? SYSTEM : actor, MAX_NAME))
			.param("address", cut(currentAddress(), MAX_NAME))
			.param("action", action.name())
			.param("subject", cut(subject, MAX_SUBJECT))
			.param("detail", cut(detail, MAX_DETAIL))
			.update();
	}

	/**
	 * The entries matching the filter, newest first.
	 */
	@Transactional(readOnly = true)
	public ResultPage<AuditEntry> find(AuditFilter filter, ZoneId zone, int page, int size) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.actor() != null && !filter.actor().isBlank()) {
			where.append(" and actor = :actor");
			params.put("actor", filter.actor().strip());
		}
		if (filter.action() != null) {
			where.append(" and action = :action");
			params.put("action", filter.action().name());
		}
		if (filter.from() != null) {
			where.append(" and occurred_at >= :from");
			params.put("from", utc(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			where.append(" and occurred_at < :to");
			params.put("to", utc(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		long total = this.jdbc.sql("select count(*) from audit_event" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<AuditEntry> items = this.jdbc
			.sql("select id, occurred_at, actor, address, action, subject, detail from audit_event" + where
					+ " order by id desc offset :offset rows fetch next :size rows only")
			.params(params)
			.param("offset", (long) page * size)
			.param("size", size)
			.query((rs, row) -> new AuditEntry(rs.getLong("id"),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
					rs.getString("address"), action(rs.getString("action")), rs.getString("subject"),
					rs.getString("detail")))
			.list();
		return new ResultPage<>(new ArrayList<>(items), page, size, total);
	}

	/**
	 * The names that appear as actors, for the filter's choices.
	 */
	@Transactional(readOnly = true)
	public List<String> actors() {
		return this.jdbc.sql("select distinct actor from audit_event order by actor").query(String.class).list();
	}

	private static AuditAction action(String name) {
		try {
			return AuditAction.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return SYSTEM;
		}
		return authentication.getName();
	}

	static String currentAddress() {
		HttpServletRequest request = currentRequest();
		return (request != null) ? request.getRemoteAddr() : null;
	}

	static HttpServletRequest currentRequest() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return (attributes instanceof ServletRequestAttributes servlet) ? servlet.getRequest() : null;
	}

	private static String cut(String value, int max) {
		if (value == null) {
			return null;
		}
		StringBuilder clean = new StringBuilder();
		value.codePoints().forEach((c) -> clean.appendCodePoint(Character.isISOControl(c) ? '?' : c));
		return (clean.length() <= max) ? clean.toString() : clean.substring(0, max - 1) + "…";
	}

	private static OffsetDateTime utc(java.time.Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
