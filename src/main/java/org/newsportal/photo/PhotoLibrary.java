package org.newsportal.photo;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Reads news photos at import and makes their renditions, two at a time in the whole
 * process, so that editors uploading at once stay within the heap: each decoding holds at
 * most {@link PhotoReader#DECODED_PIXELS} pixels and its scaled copies. A prepared
 * photo's renditions are then spooled to a temporary file ({@link PhotoSpool}) until
 * stored.
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
		PreparedPhoto read;
		DECODING.acquireUninterruptibly();
		try {
			read = this.reader.read(name, content);
		}
		finally {
			DECODING.release();
		}
		try {
			// A page's photos wait for its transaction on disk, not in the heap
			return read.spooled();
		}
		catch (IOException ex) {
			logger.error("Could not write {} to a temporary file: {}", name, ex.toString());
			throw new PhotoException(name + "：网站无法写入临时文件，图片未处理；请稍后再试");
		}
	}

}
