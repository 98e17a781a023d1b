package org.newsportal.edition;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The printed edition's settings, under {@code portal.printed.*}.
 *
 * @param maxFileSize the largest page PDF or image accepted: a page's PDF from a layout
 * system is 1 to 10 MB; 20 MB is the upload limit of a bulletin too, and what is served
 * is read a chunk at a time, so the limit bounds the upload, not the memory of serving
 */
@ConfigurationProperties("portal.printed")
public record PrintedProperties(@DefaultValue("20MB") DataSize maxFileSize) {

}
