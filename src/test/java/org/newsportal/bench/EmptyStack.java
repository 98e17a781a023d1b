package org.newsportal.bench;

import java.lang.management.ManagementFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * The site's frameworks with no bean of the site: Spring Boot configures what the site's
 * class path holds (Tomcat, Spring MVC, Security, Hibernate on H2, Thymeleaf, …) and
 * nothing else. {@code bench/startup.sh} starts it beside the site, on the same class
 * path and CDS archive, to show how much of a start is the stack's own floor. Prints the
 * JVM's uptime when the application is ready. Not a test.
 * <p>
 * Arguments: Spring Boot's ({@code --server.port=…}); the site's migrations are left out
 * with {@code --spring.flyway.enabled=false}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class EmptyStack {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(EmptyStack.class);
		application.addListeners((ApplicationListener<ApplicationReadyEvent>) (event) -> System.out
			.println("ready after " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms"));
		application.run(args);
	}

}
