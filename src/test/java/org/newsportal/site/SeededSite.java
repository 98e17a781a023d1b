package org.newsportal.site;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.newsportal.edition.PrintedFixture;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The real application on a random port with the seed bulletin imported into a fresh
 * in-memory database, and the printed-edition fixture's pages after it (dated before the
 * seed's items, so the seed's stay the newest). Every class with this annotation shares
 * one running application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "portal.seeds-dir=seeds")
@Import(PrintedFixture.class)
@interface SeededSite {

}
