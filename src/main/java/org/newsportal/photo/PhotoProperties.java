package org.newsportal.photo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * News photos' settings, under {@code portal.photos.*}.
 *
 * @param maxFileSize the largest photo file accepted: a camera's JPEG is 3 to 15 MB
 * @param webp whether to make WebP renditions beside the JPEG ones (when the encoder's
 * native library loads on this machine)
 */
@ConfigurationProperties("portal.photos")
public record PhotoProperties(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("true") boolean webp) {

}
