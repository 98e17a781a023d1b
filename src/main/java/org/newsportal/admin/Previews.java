package org.newsportal.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * Keeps previews in the editor's session between upload and publish, so publishing stores
 * exactly what was previewed and never content sent again by the browser. Each preview
 * holds whole files, so a session keeps only the latest few.
 */
@Component
class Previews {

	static final int MAX_PER_SESSION = 3;

	private static final String ATTRIBUTE = Previews.class.getName();

	Preview add(HttpSession session, List<PreviewFile> files) {
		Preview preview = new Preview(UUID.randomUUID().toString(), files);
		pending(session).put(preview);
		return preview;
	}

	Optional<Preview> find(HttpSession session, String token) {
		return pending(session).get(token);
	}

	/**
	 * Removes and returns a preview, so that it can be published or cancelled only once.
	 */
	Optional<Preview> take(HttpSession session, String token) {
		return pending(session).remove(token);
	}

	private static Pending pending(HttpSession session) {
		synchronized (WebUtils.getSessionMutex(session)) {
			if (session.getAttribute(ATTRIBUTE) instanceof Pending existing) {
				return existing;
			}
			Pending created = new Pending();
			session.setAttribute(ATTRIBUTE, created);
			return created;
		}
	}

	/**
	 * The newest previews of one session. Not serializable on purpose: the server does
	 * not write whole uploads to disk with the sessions, and a preview does not outlive a
	 * restart.
	 */
	private static final class Pending {

		private final Map<String, Preview> previews = new LinkedHashMap<>();

		synchronized void put(Preview preview) {
			this.previews.put(preview.token(), preview);
			while (this.previews.size() > MAX_PER_SESSION) {
				this.previews.remove(this.previews.keySet().iterator().next());
			}
		}

		synchronized Optional<Preview> get(String token) {
			return Optional.ofNullable(this.previews.get(token));
		}

		synchronized Optional<Preview> remove(String token) {
			return Optional.ofNullable(this.previews.remove(token));
		}

	}

}
