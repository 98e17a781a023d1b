package org.newsportal.photo;

import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Reads news photos at import and makes their renditions, two at a time in the whole
 * process, so that editors uploading at once stay within the heap: each decoding holds at
 * most {@link PhotoReader#DECODED_PIXELS} pixels and its scaled copies.
 */
@Service
@EnableConfigurationProperties(PhotoProperties.class)
public class PhotoLibrary {

	private static final Logger logger = LoggerFactory.getLogger(PhotoLibrary.class);

	private static final Semaphore DECODING = new Semaphore(2);

	private final PhotoReader reader;

	PhotoLibrary(PhotoProperties properties) {
		boolean webp = properties.webp() && PhotoReader.webpAvailable();
		if (properties.webp() && !webp) {
			logger.warn("The WebP encoder cannot be loaded on this machine: photos get JPEG renditions only");
		}
		this.reader = new PhotoReader(properties.maxFileSize().toBytes(), webp);
	}

	/**
	 * @throws PhotoException when the photo cannot be used
	 */
	public PreparedPhoto prepare(String name, byte[] content) {
		DECODING.acquireUninterruptibly();
		try {
			return this.reader.read(name, content);
		}
		finally {
			DECODING.release();
		}
	}

}
