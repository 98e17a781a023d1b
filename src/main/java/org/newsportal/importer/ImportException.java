package org.newsportal.importer;

/**
 * A bulletin that was refused. The message is for the editor and names the problem, and
 * the line where there is one; nothing of the bulletin was stored.
 */
public class ImportException extends RuntimeException {

	private final String bulletin;

	private final int line;

	public ImportException(String bulletin, String message, int line) {
		super(message);
		this.bulletin = bulletin;
		this.line = line;
	}

	public String bulletin() {
		return this.bulletin;
	}

	public int line() {
		return this.line;
	}

	/**
	 * The message with the file and line, as a command line or a log shows it.
	 */
	public String describe() {
		String where = (this.line > 0) ? "%s 第 %d 行".formatted(this.bulletin, this.line)
				: String.valueOf(this.bulletin);
		return where + "：" + getMessage();
	}

}
