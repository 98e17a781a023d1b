package org.newsportal.photo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * A prepared photo's encoded renditions in a temporary file until they are stored: a page
 * of 60 pictures makes a few hundred megabytes of them, which the heap of a small site
 * cannot hold until the page's transaction stores them. The file is deleted when the
 * spool is closed, or else when nothing refers to it any more.
 */
public final class PhotoSpool implements AutoCloseable {

	private static final Cleaner CLEANER = Cleaner.create();

	private final Path file;

	private final Cleaner.Cleanable deletion;

	private long length;

	private PhotoSpool(Path file) {
		this.file = file;
		this.deletion = CLEANER.register(this, new Deletion(file));
	}

	private static final String PREFIX = "portal-photo-";

	private static final String SUFFIX = ".spool";

	/** A new, empty spool in the system's temporary folder. */
	static PhotoSpool create() throws IOException {
		return new PhotoSpool(Files.createTempFile(PREFIX, SUFFIX));
	}

	/**
	 * Deletes the spool files in the folder last written before the given time: a process
	 * that stops never runs its cleaner, and its files would stay until the machine is
	 * wiped.
	 * @return how many were deleted
	 */
	static int deleteLeftOver(Path folder, Instant before) {
		int deleted = 0;
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
			for (Path file : files) {
				try {
					if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
							&& Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)
							&& Files.deleteIfExists(file)) {
						deleted++;
					}
				}
				catch (IOException ex) {
					// another process's file, or gone already: left to its owner
				}
			}
		}
		catch (IOException ex) {
			// no folder to look in
		}
		return deleted;
	}

	/** Writes the bytes at the end of the file and tells where they are. */
	synchronized Encoded append(byte[] data) throws IOException {
		try (FileChannel channel = FileChannel.open(this.file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
			ByteBuffer buffer = ByteBuffer.wrap(data);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
		}
		Encoded encoded = Encoded.spooled(this, this.length, data.length);
		this.length += data.length;
		return encoded;
	}

	InputStream open(long offset, int length) throws IOException {
		FileChannel channel = FileChannel.open(this.file, StandardOpenOption.READ);
		channel.position(offset);
		InputStream whole = Channels.newInputStream(channel);
		return new InputStream() {

			private int left = length;

			@Override
			public int read() throws IOException {
				if (this.left <= 0) {
					return -1;
				}
				int b = whole.read();
				if (b >= 0) {
					this.left--;
				}
				return b;
			}

			@Override
			public int read(byte[] into, int off, int len) throws IOException {
				if (this.left <= 0) {
					return -1;
				}
				int read = whole.read(into, off, Math.min(len, this.left));
				if (read > 0) {
					this.left -= read;
				}
				return read;
			}

			@Override
			public void close() throws IOException {
				whole.close();
			}

		};
	}

	byte[] read(long offset, int length) {
		try (InputStream in = open(offset, length)) {
			byte[] data = in.readNBytes(length);
			if (data.length != length) {
				throw new IOException("spool file cut short");
			}
			return data;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The bytes written to it. */
	public long length() {
		return this.length;
	}

	@Override
	public void close() {
		this.deletion.clean();
	}

	private record Deletion(Path file) implements Runnable {

		@Override
		public void run() {
			try {
				Files.deleteIfExists(this.file);
			}
			catch (IOException ex) {
				// the system's temporary folder is cleared in time anyway
			}
		}

	}

}
