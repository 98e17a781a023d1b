package org.newsportal.admin;

import org.newsportal.article.BulletinRepository;
import org.newsportal.importer.BulletinImporter;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * An editor uploading, as the upload tests drive it: one session on the upload page, its
 * previews and publishing, and the import API with the editor's password.
 */
final class EditorUploads {

	private final MockMvc mvc;

	private final MockHttpSession session = new MockHttpSession();

	private EditorUploads(MockMvc mvc) {
		this.mvc = mvc;
	}

	/**
	 * A fresh editor's session, on a database without bulletins.
	 */
	static EditorUploads start(MockMvc mvc, BulletinImporter importer, BulletinRepository bulletins) {
		bulletins.findAll().forEach((bulletin) -> importer.delete(bulletin.getName()));
		return new EditorUploads(mvc);
	}

	MockHttpSession session() {
		return this.session;
	}

	/**
	 * Uploads files on the upload page.
	 * @return the preview's address
	 */
	String upload(String issueDate, String source, MockMultipartFile... files) throws Exception {
		var request = multipart("/admin/upload").session(this.session).with(AdminSecurityTests.editor()).with(csrf());
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		if (issueDate != null) {
			request.param("issueDate", issueDate);
		}
		if (source != null) {
			request.param("source", source);
		}
		return this.mvc.perform(request)
			.andExpect(redirectedUrlPattern("/admin/upload/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	ResultActions preview(String preview) throws Exception {
		return this.mvc.perform(get(preview).session(this.session).with(AdminSecurityTests.editor()));
	}

	ResultActions publish(String preview) throws Exception {
		return this.mvc
			.perform(post(preview + "/publish").session(this.session).with(AdminSecurityTests.editor()).with(csrf()));
	}

	/** A request to the import API as the editor, to add files to. */
	static MockMultipartHttpServletRequestBuilder api() {
		return (MockMultipartHttpServletRequestBuilder) multipart("/api/admin/bulletins")
			.with(httpBasic("editor", EditorAccount.PASSWORD));
	}

}
