package org.newsportal.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.aopalliance.intercept.MethodInterceptor;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.newsportal.NewsPortalApplication;
import org.newsportal.bulletin.ParsedItem;
import org.newsportal.importer.BodyRenderer;
import org.newsportal.importer.BulletinImporter;
import org.newsportal.importer.ImportRequest;
import org.newsportal.importer.PreparedBulletin;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The import's storing stage against a plain JDBC baseline, in the same database.
 * <p>
 * Ours: {@link BulletinImporter#store} for each bulletin, prepared (read and parsed)
 * beforehand, with the bodies rendered beforehand too (the importer renders each body as
 * it stores it; here the renderer hands back the body rendered earlier), so what is timed
 * is the importer's own path through JPA: the bulletin and its report, the printed page,
 * the source text, the articles with their bylines and people, one transaction per
 * bulletin with the audit log's entry, search off.
 * <p>
 * Baseline: the rows that path wrote, read back, deleted, and inserted again with plain
 * JDBC: one transaction per bulletin, the bulletin's generated id taken back, each other
 * table's rows in one batch (the audit log's entry too). Article ids are inserted as they
 * were stored (the importer's sequence round trip, one per 50 articles, is left out).
 * Before it starts it checks that the importer wrote no table the baseline leaves out.
 * <p>
 * Passes alternate the two, each into emptied tables, after a warm-up pass of each; the
 * fastest measured pass of each counts, and the first measured pass's ratio is printed
 * beside it (the JIT is still compiling Hibernate then). Prints both rates and the
 * ratios; asserts nothing. Bulletins are named {@code bench-store-…} and only those are
 * deleted, so a PostgreSQL database given to it keeps its other rows (though they make
 * its tables larger). Not a test: {@code bench/run.sh} runs it.
 * <p>
 * Arguments: bulletin folder, data folder (for H2), optionally a JDBC URL with user and
 * password ({@code -} for the H2 file database) and the number of measured passes (2).
 */
public final class StoreBenchmark {

	private static final String PREFIX = "bench-store-";

	private static final String OURS = "select id from bulletin where name like '" + PREFIX + "%'";

	private static final String OUR_ARTICLES = "select id from article where bulletin_id in (" + OURS + ")";

	/** Each table the importer writes for a page without photos, parents first. */
	private static final Map<String, String> TABLES = new LinkedHashMap<>();

	static {
		TABLES.put("bulletin", "id in (" + OURS + ")");
		TABLES.put("bulletin_staff", "bulletin_id in (" + OURS + ")");
		TABLES.put("printed_page", "bulletin_id in (" + OURS + ")");
		TABLES.put("bulletin_source_part", "bulletin_id in (" + OURS + ")");
		TABLES.put("article", "bulletin_id in (" + OURS + ")");
		TABLES.put("article_byline", "article_id in (" + OUR_ARTICLES + ")");
		TABLES.put("article_person", "article_id in (" + OUR_ARTICLES + ")");
		// written in the import's transaction, by the audit log's listener
		TABLES.put("audit_event", "subject like '" + PREFIX + "%'");
	}

	/** Tables whose ids the database generates (identity columns). */
	private static final Set<String> GENERATED_IDS = Set.of("bulletin", "audit_event");

	private StoreBenchmark() {
	}

	public static void main(String[] args) throws IOException, SQLException {
		Path bulletinFolder = Path.of(args[0]);
		Path data = Path.of(args[1]);
		String url = (args.length > 2 && !args[2].equals("-")) ? args[2] : null;
		int passes = (args.length > 3) ? Math.max(1, Integer.parseInt(args[3])) : 2;
		List<String> arguments = new ArrayList<>(List.of("--portal.data-dir=" + data, "--portal.import-seeds=false",
				"--portal.search.enabled=false", "--logging.level.root=warn", "--spring.main.banner-mode=off"));
		if (url != null) {
			arguments.addAll(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=",
					"--spring.datasource.password="));
		}
		if (Boolean.getBoolean("bench.statistics")) {
			// what Hibernate did, for finding out where the time goes (costs time itself)
			arguments.add("--spring.jpa.properties.hibernate.generate_statistics=true");
		}
		PreRendered bodies = new PreRendered();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NewsPortalApplication.class)
			.web(WebApplicationType.NONE)
			.initializers((ctx) -> ctx.getBeanFactory().addBeanPostProcessor(bodies))
			.run(arguments.toArray(String[]::new))) {
			BulletinImporter importer = context.getBean(BulletinImporter.class);
			DataSource dataSource = context.getBean(DataSource.class);
			List<PreparedBulletin> prepared = new ArrayList<>();
			int articles = 0;
			for (InMemoryImport.Bulletin bulletin : InMemoryImport.read(bulletinFolder)) {
				PreparedBulletin one = importer
					.prepare(new ImportRequest(PREFIX + bulletin.name(), bulletin.content(), null, null, "bench"));
				prepared.add(one);
				articles += one.items().size();
				for (ParsedItem item : one.items()) {
					bodies.renderAhead(item.markdown());
				}
			}
			String database;
			try (Connection connection = dataSource.getConnection()) {
				database = connection.getMetaData().getDatabaseProductName();
			}
			delete(dataSource);
			Map<String, Long> before = rowCounts(dataSource);
			Map<Long, Map<String, Table>> rows = null;
			double ours = Double.MAX_VALUE;
			double plain = Double.MAX_VALUE;
			double oursCpu = Double.MAX_VALUE;
			double plainCpu = Double.MAX_VALUE;
			double firstRatio = 0;
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			for (int pass = 0; pass <= passes; pass++) {
				long cpu = threads.getCurrentThreadCpuTime();
				long start = System.nanoTime();
				for (PreparedBulletin bulletin : prepared) {
					importer.store(bulletin);
				}
				double o = (System.nanoTime() - start) / 1e9;
				double oCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
				if (rows == null) {
					if (Boolean.getBoolean("bench.statistics")) {
						printStatistics(context, prepared.size());
					}
					checkTables(before, rowCounts(dataSource));
					rows = read(dataSource);
				}
				delete(dataSource);
				cpu = threads.getCurrentThreadCpuTime();
				double p = insert(dataSource, rows);
				double pCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
				delete(dataSource);
				if (pass == 1) {
					firstRatio = p / o;
				}
				if (pass > 0) {
					ours = Math.min(ours, o);
					plain = Math.min(plain, p);
					oursCpu = Math.min(oursCpu, oCpu);
					plainCpu = Math.min(plainCpu, pCpu);
				}
			}
			System.out.printf(Locale.ROOT,
					"store database=%s articles=%d bulletins=%d seconds=%.2f per_second=%.0f baseline_seconds=%.2f baseline_per_second=%.0f ratio=%.2f first_pass_ratio=%.2f cpu_seconds=%.2f baseline_cpu_seconds=%.2f%n",
					database.replace(' ', '_'), articles, prepared.size(), ours, articles / ours, plain,
					articles / plain, plain / ours, firstRatio, oursCpu, plainCpu);
		}
	}

	private static void printStatistics(ConfigurableApplicationContext context, int bulletins) {
		Statistics statistics = context.getBean(EntityManagerFactory.class)
			.unwrap(SessionFactory.class)
			.getStatistics();
		System.out.printf(Locale.ROOT,
				"hibernate per bulletin: statements=%.1f queries=%.1f flushes=%.1f entity_inserts=%.1f collection_recreates=%.1f transactions=%.1f%n",
				statistics.getPrepareStatementCount() / (double) bulletins,
				statistics.getQueryExecutionCount() / (double) bulletins,
				statistics.getFlushCount() / (double) bulletins, statistics.getEntityInsertCount() / (double) bulletins,
				statistics.getCollectionRecreateCount() / (double) bulletins,
				statistics.getTransactionCount() / (double) bulletins);
		for (String query : statistics.getQueries()) {
			System.out.printf(Locale.ROOT, "  %.1f x %s%n",
					statistics.getQueryStatistics(query).getExecutionCount() / (double) bulletins, query);
		}
		statistics.clear();
	}

	/** Fails when the importer wrote a table the baseline does not insert into. */
	private static void checkTables(Map<String, Long> before, Map<String, Long> after) {
		for (Map.Entry<String, Long> table : after.entrySet()) {
			if (!TABLES.containsKey(table.getKey())
					&& !table.getValue().equals(before.getOrDefault(table.getKey(), 0L))) {
				throw new IllegalStateException("the importer wrote table " + table.getKey()
						+ ", which the baseline leaves out: add it to StoreBenchmark.TABLES");
			}
		}
	}

	private static Map<String, Long> rowCounts(DataSource dataSource) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			DatabaseMetaData meta = connection.getMetaData();
			List<String> tables = new ArrayList<>();
			try (ResultSet found = meta.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
				while (found.next()) {
					tables.add(found.getString("TABLE_NAME"));
				}
			}
			for (String table : tables) {
				// as the database spells it (Flyway's history table is quoted lower case
				// on H2)
				try (ResultSet count = statement.executeQuery("select count(*) from \"" + table + "\"")) {
					count.next();
					counts.put(table.toLowerCase(Locale.ROOT), count.getLong(1));
				}
			}
		}
		return counts;
	}

	/** The rows the importer stored, by bulletin id, then by table. */
	private static Map<Long, Map<String, Table>> read(DataSource dataSource) throws SQLException {
		Map<Long, Map<String, Table>> byBulletin = new LinkedHashMap<>();
		Map<Long, Long> articleBulletins = new HashMap<>();
		Map<String, Long> bulletinIds = new HashMap<>();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (Map.Entry<String, String> table : TABLES.entrySet()) {
				String name = table.getKey();
				try (ResultSet result = statement
					.executeQuery("select * from " + name + " where " + table.getValue())) {
					ResultSetMetaData meta = result.getMetaData();
					List<String> columns = new ArrayList<>();
					int[] types = new int[meta.getColumnCount()];
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
						types[i - 1] = meta.getColumnType(i);
					}
					while (result.next()) {
						Object[] row = new Object[columns.size()];
						for (int i = 0; i < row.length; i++) {
							row[i] = result.getObject(i + 1);
						}
						long bulletinId = switch (name) {
							case "bulletin" -> ((Number) row[columns.indexOf("id")]).longValue();
							case "article_byline", "article_person" ->
								articleBulletins.get(((Number) row[columns.indexOf("article_id")]).longValue());
							case "audit_event" -> bulletinIds.get((String) row[columns.indexOf("subject")]);
							default -> ((Number) row[columns.indexOf("bulletin_id")]).longValue();
						};
						if (name.equals("bulletin")) {
							bulletinIds.put((String) row[columns.indexOf("name")], bulletinId);
						}
						if (name.equals("article")) {
							articleBulletins.put(((Number) row[columns.indexOf("id")]).longValue(), bulletinId);
						}
						byBulletin.computeIfAbsent(bulletinId, (id) -> new LinkedHashMap<>())
							.computeIfAbsent(name, (n) -> new Table(columns, types, new ArrayList<>()))
							.rows()
							.add(row);
					}
				}
			}
		}
		return byBulletin;
	}

	/**
	 * The baseline: each bulletin's rows in a transaction of its own, the bulletin first
	 * with its id generated, then each table's rows in one batch.
	 * @return seconds taken
	 */
	private static double insert(DataSource dataSource, Map<Long, Map<String, Table>> rows) throws SQLException {
		long start = System.nanoTime();
		for (Map<String, Table> bulletin : rows.values()) {
			// a connection from the pool and statements prepared per bulletin, as the
			// importer has them
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(false);
				long bulletinId = 0;
				for (Map.Entry<String, Table> entry : bulletin.entrySet()) {
					bulletinId = insert(connection, entry.getKey(), entry.getValue(), bulletinId);
				}
				connection.commit();
			}
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/**
	 * Inserts a table's rows of one bulletin, in one batch, or the bulletin itself.
	 * @return the bulletin's id
	 */
	private static long insert(Connection connection, String name, Table table, long bulletinId) throws SQLException {
		List<String> columns = new ArrayList<>(table.columns());
		boolean generatedId = GENERATED_IDS.contains(name);
		if (generatedId) {
			columns.remove("id");
		}
		int bulletinColumn = table.columns().indexOf("bulletin_id");
		try (PreparedStatement insert = prepare(connection, name, columns)) {
			for (Object[] row : table.rows()) {
				int parameter = 1;
				for (int i = 0; i < row.length; i++) {
					if (generatedId && table.columns().get(i).equals("id")) {
						continue;
					}
					Object value = (i == bulletinColumn) ? Long.valueOf(bulletinId) : row[i];
					if (value == null) {
						insert.setNull(parameter++, table.types()[i]);
					}
					else {
						insert.setObject(parameter++, value);
					}
				}
				if (name.equals("bulletin")) {
					insert.executeUpdate();
					try (ResultSet keys = insert.getGeneratedKeys()) {
						keys.next();
						return keys.getLong(1);
					}
				}
				insert.addBatch();
			}
			insert.executeBatch();
		}
		return bulletinId;
	}

	private static PreparedStatement prepare(Connection connection, String table, List<String> columns) {
		String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
				+ String.join(", ", columns.stream().map((column) -> "?").toList()) + ")";
		try {
			return table.equals("bulletin") ? connection.prepareStatement(sql, new String[] { "id" })
					: connection.prepareStatement(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Deletes the benchmark's bulletins and everything of theirs, children first. */
	private static void delete(DataSource dataSource) throws SQLException {
		List<String> tables = new ArrayList<>(TABLES.keySet());
		Collections.reverse(tables);
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (String table : tables) {
				statement.executeUpdate("delete from " + table + " where " + TABLES.get(table));
			}
		}
	}

	private record Table(List<String> columns, int[] types, List<Object[]> rows) {

	}

	/**
	 * Wraps the importer's renderer so a body rendered ahead is handed back instead of
	 * being rendered again while stored.
	 */
	private static final class PreRendered implements BeanPostProcessor {

		private final Map<String, BodyRenderer.RenderedBody> bodies = new IdentityHashMap<>();

		private BodyRenderer target;

		void renderAhead(String markdown) {
			this.bodies.put(markdown, this.target.render(markdown, Map.of()));
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!(bean instanceof BodyRenderer renderer)) {
				return bean;
			}
			this.target = renderer;
			ProxyFactory factory = new ProxyFactory(renderer);
			factory.setProxyTargetClass(true);
			factory.addAdvice((MethodInterceptor) (invocation) -> {
				Object[] arguments = invocation.getArguments();
				if (invocation.getMethod().getName().equals("render") && arguments.length == 2) {
					BodyRenderer.RenderedBody body = this.bodies.get(arguments[0]);
					if (body != null && ((Map<?, ?>) arguments[1]).isEmpty()) {
						return body;
					}
				}
				return invocation.proceed();
			});
			return factory.getProxy();
		}

	}

}
