package org.newsportal.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.newsportal.NewsPortalApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * Starts the site as {@code java -jar} does, with Spring's
 * {@link BufferingApplicationStartup} recording every start-up step, waits for the first
 * 200 on {@code /}, and prints the time to it from the JVM's start, the phases of the
 * start (to the context refresh, the runners such as the seed import, to the first page)
 * and the slowest steps by their own time (a bean's instantiation less that of the beans
 * it pulled in). Printed, never asserted. {@code bench/run.sh} runs it on the extracted
 * jar's class path, with the ahead-of-time definitions and the CDS archive when asked.
 * <p>
 * Arguments: how many steps to print, then the site's own arguments
 * ({@code --portal.data-dir=… --server.port=…}).
 */
public final class StartupSteps {

	private StartupSteps() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		int top = Integer.parseInt(args[0]);
		String[] siteArgs = Arrays.copyOfRange(args, 1, args.length);
		SpringApplication application = new SpringApplication(NewsPortalApplication.class);
		// The ahead-of-time initializer is looked up by the main class's name
		application.setMainApplicationClass(NewsPortalApplication.class);
		BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
		application.setApplicationStartup(startup);
		ConfigurableApplicationContext context = application.run(siteArgs);
		long ready = uptime();
		String port = context.getEnvironment().getProperty("local.server.port");
		long firstPage = firstPage(URI.create("http://127.0.0.1:" + port + "/"));
		List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
		print(events, top, ready, firstPage);
		System.exit(SpringApplication.exit(context));
	}

	private static long uptime() {
		return ManagementFactory.getRuntimeMXBean().getUptime();
	}

	private static long firstPage(URI uri) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpRequest request = HttpRequest.newBuilder(uri).build();
		while (true) {
			try {
				if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return uptime();
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(20);
		}
	}

	private static void print(List<TimelineEvent> events, int top, long ready, long firstPage) {
		long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
		Map<Long, Long> childTime = new HashMap<>();
		Map<String, Long> phases = new TreeMap<>();
		for (TimelineEvent event : events) {
			StartupStep step = event.getStartupStep();
			if (step.getParentId() != null) {
				childTime.merge(step.getParentId(), event.getDuration().toNanos(), Long::sum);
			}
			if (step.getName().startsWith("spring.boot.application.")) {
				phases.put(step.getName().substring("spring.boot.application.".length()),
						event.getEndTime().toEpochMilli() - jvmStart);
			}
		}
		System.out.printf("first page %d ms after the JVM started; ready (runners done) at %d ms%n", firstPage, ready);
		System.out.println("phases, ms from the JVM's start to their end: " + phases);
		List<Row> rows = new ArrayList<>();
		Map<String, long[]> byName = new TreeMap<>();
		for (TimelineEvent event : events) {
			StartupStep step = event.getStartupStep();
			long own = event.getDuration().toNanos() - childTime.getOrDefault(step.getId(), 0L);
			rows.add(new Row(step.getName(), tags(step), event.getStartTime().toEpochMilli() - jvmStart,
					event.getDuration().toMillis(), own / 1_000_000));
			long[] sum = byName.computeIfAbsent(step.getName(), (name) -> new long[2]);
			sum[0]++;
			sum[1] += own;
		}
		System.out.println("steps by own time (total in brackets; started at, ms from the JVM's start), the " + top
				+ " slowest of " + rows.size() + ":");
		rows.stream()
			.sorted(Comparator.comparingLong(Row::own).reversed())
			.limit(top)
			.forEach((row) -> System.out.printf("  %5d ms (%5d) at %5d %s %s%n", row.own(), row.total(), row.start(),
					row.name(), row.tags()));
		System.out.println("own time by step name:");
		byName.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<String, long[]> entry) -> entry.getValue()[1]).reversed())
			.forEach((entry) -> System.out.printf("  %5d ms in %4d × %s%n", entry.getValue()[1] / 1_000_000,
					entry.getValue()[0], entry.getKey()));
	}

	private static String tags(StartupStep step) {
		return StreamSupport.stream(step.getTags().spliterator(), false)
			.filter((tag) -> !tag.getKey().equals("beanType"))
			.map((tag) -> tag.getKey() + "=" + tag.getValue())
			.collect(Collectors.joining(", "));
	}

	private record Row(String name, String tags, long start, long total, long own) {
	}

}
