package org.newsportal.bulletin;

/**
 * A person named in an item: {@code present} when a closing line lists them among those
 * who attended ({@code 高新区领导古冰涛、郑侃参加会议。}); otherwise a titled mention in the text
 * ({@code 党工委书记吕沛}). {@code title} is the title as the bulletin gives it, or null.
 */
public record PersonMention(String name, String title, boolean present) {

}
