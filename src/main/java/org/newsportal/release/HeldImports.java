package org.newsportal.release;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.newsportal.audit.AuditAction;
import org.newsportal.audit.AuditLog;
import org.newsportal.importer.BulletinImporter;
import org.newsportal.importer.ImportException;
import org.newsportal.importer.ImportRequest;
import org.newsportal.importer.ImportResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports held until a release time (the edition goes online at 05:00). A held bulletin
 * is checked when it is held, as an upload is, and stored in {@code held_import}; at its
 * time it is imported like any other, so until then readers, search, feeds, the sitemap
 * and the API have nothing of it, and then every instance has it at once, since they all
 * read the one database.
 * <p>
 * Releasing claims the row and imports in one transaction: with several instances
 * polling, the first to update the row from {@code WAITING} imports it, and the others
 * find nothing left to claim (the row lock makes them wait for that commit). An import
 * that fails rolls back whole and leaves the row {@code FAILED} with the reason.
 */
@Service
public class HeldImports {

	private static final Logger logger = LoggerFactory.getLogger(HeldImports.class);

	static final int RECENT = 20;

	private final JdbcClient jdbc;

	private final BulletinImporter importer;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transactions;

	HeldImports(JdbcClient jdbc, BulletinImporter importer, AuditLog audit, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.importer = importer;
		this.audit = audit;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Holds a bulletin until {@code releaseAt}, once it reads as an import would.
	 * @throws ImportException when the bulletin would be refused
	 * @throws HeldImportException when the time has passed or the name is already held
	 */
	@PreAuthorize("hasRole('EDITOR')")
	public HeldImport hold(String name, byte[] content, LocalDate issueDate, String source, Instant releaseAt,
			String by) {
		Instant now = this.clock.instant();
		if (releaseAt == null || !releaseAt.isAfter(now)) {
			throw new HeldImportException("发布时间须在现在之后；要立即发布，请用“上传公报”。");
		}
		// Refused now rather than at 05:00 with nobody watching
		this.importer.prepare(new ImportRequest(name, content, issueDate, source, by));
		return this.transactions.execute((status) -> {
			boolean waiting = this.jdbc.sql("select count(*) from held_import where name = :name and state = 'WAITING'")
				.param("name", name)
				.query(Long.class)
				.single() > 0;
			if (waiting) {
				throw new HeldImportException("“" + name + "”已在等待发布；要改时间或内容，请先取消那一次。");
			}
			this.jdbc
				.sql("insert into held_import (name, content, issue_date, source, release_at, held_by, held_at, state) "
						+ "values (:name, :content, :issueDate, :source, :releaseAt, :by, :now, 'WAITING')")
				.param("name", name)
				.param("content", content)
				.param("issueDate", issueDate)
				.param("source", source)
				.param("releaseAt", utc(releaseAt))
				.param("by", by)
				.param("now", utc(now))
				.update();
			this.audit.record(by, AuditAction.HOLD, name, "发布时间 " + releaseAt);
			return waiting().stream().filter((held) -> held.name().equals(name)).findFirst().orElseThrow();
		});
	}

	/** What is waiting, soonest first. */
	public List<HeldImport> waiting() {
		return query("where state = 'WAITING' order by release_at, id", 10_000);
	}

	/** The latest released, cancelled or failed, newest first. */
	public List<HeldImport> recent() {
		return query("where state <> 'WAITING' order by finished_at desc, id desc", RECENT);
	}

	public Optional<HeldImport> find(long id) {
		return query("where id = " + id, 1).stream().findFirst();
	}

	/**
	 * Imports every held bulletin whose time has come.
	 * @return how many were released
	 */
	public int releaseDue() {
		List<Long> due = this.jdbc
			.sql("select id from held_import where state = 'WAITING' and release_at <= :now order by release_at, id")
			.param("now", utc(this.clock.instant()))
			.query(Long.class)
			.list();
		int released = 0;
		for (long id : due) {
			if (release(id, AuditLog.SYSTEM)) {
				released++;
			}
		}
		return released;
	}

	/**
	 * Imports a held bulletin now, before its time (a chief editor's decision).
	 * @return whether it was still waiting and went in
	 */
	@PreAuthorize("hasRole('CHIEF')")
	public boolean releaseNow(long id, String by) {
		return release(id, by);
	}

	@PreAuthorize("hasRole('CHIEF')")
	public boolean cancel(long id, String by) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			Optional<HeldImport> held = find(id).filter(HeldImport::isWaiting);
			if (held.isEmpty() || finish(id, "CANCELLED", null, by) == 0) {
				return false;
			}
			this.audit.record(by, AuditAction.HOLD_CANCELLED, held.get().name(), "原定 " + held.get().releaseAt());
			return true;
		}));
	}

	private boolean release(long id, String by) {
		Optional<HeldImport> held = find(id).filter(HeldImport::isWaiting);
		if (held.isEmpty()) {
			return false;
		}
		HeldImport waiting = held.get();
		try {
			ImportResult result = this.transactions.execute((status) -> {
				if (finish(id, "RELEASED", null, by) == 0) {
					return null;
				}
				byte[] content = this.jdbc.sql("select content from held_import where id = :id")
					.param("id", id)
					.query(byte[].class)
					.single();
				ImportResult done = this.importer.importBulletin(new ImportRequest(waiting.name(), content,
						waiting.issueDate(), waiting.source(), waiting.heldBy()));
				String outcome = done.outcome() + "：" + done.report().summary();
				this.jdbc.sql("update held_import set outcome = :outcome where id = :id")
					.param("outcome", cut(outcome))
					.param("id", id)
					.update();
				this.audit.record(by, AuditAction.RELEASE, waiting.name(),
						"由 " + waiting.heldBy() + " 定于 " + waiting.releaseAt() + " 发布；" + outcome);
				return done;
			});
			if (result != null) {
				logger.info("Released held import {} ({})", waiting.name(), result.outcome());
			}
			return result != null;
		}
		catch (ImportException ex) {
			logger.warn("Held import {} could not be released: {}", waiting.name(), ex.describe());
			this.transactions.executeWithoutResult((status) -> {
				if (finish(id, "FAILED", ex.describe(), by) > 0) {
					this.audit.record(by, AuditAction.HOLD_FAILED, waiting.name(), ex.describe());
				}
			});
			return false;
		}
	}

	private int finish(long id, String state, String outcome, String by) {
		return this.jdbc
			.sql("update held_import set state = :state, outcome = :outcome, finished_at = :now, finished_by = :by "
					+ "where id = :id and state = 'WAITING'")
			.param("state", state)
			.param("outcome", cut(outcome))
			.param("now", utc(this.clock.instant()))
			.param("by", by)
			.param("id", id)
			.update();
	}

	private List<HeldImport> query(String condition, int limit) {
		return this.jdbc
			.sql("select id, name, issue_date, source, release_at, held_by, held_at, state, outcome, finished_at, "
					+ "finished_by from held_import " + condition + " fetch first " + limit + " rows only")
			.query((rs, row) -> new HeldImport(rs.getLong("id"), rs.getString("name"),
					(rs.getDate("issue_date") != null) ? rs.getDate("issue_date").toLocalDate() : null,
					rs.getString("source"), rs.getObject("release_at", OffsetDateTime.class).toInstant(),
					rs.getString("held_by"), rs.getObject("held_at", OffsetDateTime.class).toInstant(),
					HeldImport.State.valueOf(rs.getString("state")), rs.getString("outcome"),
					(rs.getObject("finished_at") != null)
							? rs.getObject("finished_at", OffsetDateTime.class).toInstant() : null,
					rs.getString("finished_by")))
			.list();
	}

	private static String cut(String value) {
		return (value == null || value.length() <= 1000) ? value : value.substring(0, 999) + "…";
	}

	private static OffsetDateTime utc(java.time.Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
