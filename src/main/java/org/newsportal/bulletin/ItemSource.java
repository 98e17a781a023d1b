package org.newsportal.bulletin;

/**
 * Where an item was filed from, as its dateline prints it: {@code 新华社北京5月6日电} is agency
 * {@code 新华社} and place {@code 北京}; {@code 本报郑州5月6日讯} is the paper's own bureau, with no
 * agency and place {@code 郑州}.
 *
 * @param agency the agency or other paper ({@code 新华社}, {@code 中新网}, ...), or null for
 * the paper itself
 * @param place the place filed from, or null
 */
public record ItemSource(String agency, String place) {

	/**
	 * The dateline without its date, as readers know it: {@code 新华社北京电}, {@code 本报郑州讯}.
	 */
	public String label() {
		String where = (this.place != null) ? this.place : "";
		return (this.agency != null) ? this.agency + where + "电" : "本报" + where + "讯";
	}

}
