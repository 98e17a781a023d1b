package org.newsportal.admin;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsportal.article.BulletinRepository;
import org.newsportal.edition.PageFileFixtures;
import org.newsportal.edition.PageFileKind;
import org.newsportal.edition.PrintedPlaces;
import org.newsportal.importer.BulletinImporter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.newsportal.admin.AdminSecurityTests.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page's PDF and image through the upload page, the report page and the import API.
 */
@SpringBootTest(properties = { "portal.import-seeds=false", EditorAccount.PASSWORD_PROPERTY })
@AutoConfigureMockMvc
class PageFileUploadTests {

	private static final String PAGE = "---\ndate: 2024-03-12\npage: 2\npage_name: 要闻\n---\n\n# 标题\n\n正文。\n";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private BulletinImporter importer;

	@Autowired
	private BulletinRepository bulletins;

	@Autowired
	private PrintedPlaces printed;

	private EditorUploads uploads;

	@BeforeEach
	void startUploading() {
		this.uploads = EditorUploads.start(this.mvc, this.importer, this.bulletins);
	}

	@Test
	void filesOfTheSameBaseNameGoWithTheirBulletinAndOthersAreRefused() throws Exception {
		String preview = this.uploads.upload(null, null, Bulletins.file("p.md", PAGE),
				file("p.pdf", PageFileFixtures.pdf()), file("P.png", PageFileFixtures.png(300, 450)),
				file("other.jpg", PageFileFixtures.jpeg(300, 450)));
		this.uploads.preview(preview)
			.andExpect(content().string(containsString("2024年3月12日 第02版 要闻（日期：文件头；版次：文件头；版名：文件头）")))
			.andExpect(content().string(containsString("版面 PDF：p.pdf")))
			.andExpect(content().string(containsString("版面图片：P.png")))
			.andExpect(content().string(containsString("没有同名的公报文件")));
		this.uploads.publish(preview).andExpect(redirectedUrl("/admin"));
		long id = this.bulletins.findByName("p.md").orElseThrow().getId();
		assertThat(this.printed.filesOf(id)).containsExactly(PageFileKind.IMAGE, PageFileKind.PDF);
	}

	@Test
	void aFileThatIsNotWhatItsNameSaysRefusesItsBulletinInThePreview() throws Exception {
		String preview = this.uploads.upload(null, null, Bulletins.file("p.md", PAGE),
				file("p.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)));
		this.uploads.preview(preview)
			.andExpect(content().string(containsString("无法导入")))
			.andExpect(content().string(containsString("按文件内容判断")));
	}

	@Test
	void theReportPageAttachesAndRemovesAPagesFiles() throws Exception {
		this.importer.importBulletin(new org.newsportal.importer.ImportRequest("p.md",
				PAGE.getBytes(StandardCharsets.UTF_8), null, null, "test"));
		long id = this.bulletins.findByName("p.md").orElseThrow().getId();
		this.mvc.perform(get("/admin/bulletins/" + id).with(editor()))
			.andExpect(content().string(containsString("没有版面 PDF 或图片")))
			.andExpect(content().string(containsString("href=\"/issues/2024-03-12/02\"")));
		this.mvc
			.perform(multipart("/admin/bulletins/" + id + "/files")
				.file(new MockMultipartFile("file", "p.pdf", "application/pdf", PageFileFixtures.pdf()))
				.with(editor())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/bulletins/" + id))
			.andExpect(flash().attribute("notice", containsString("版面 PDF")));
		assertThat(this.printed.filesOf(id)).containsExactly(PageFileKind.PDF);
		this.mvc
			.perform(multipart("/admin/bulletins/" + id + "/files")
				.file(new MockMultipartFile("file", "p.jpg", "image/jpeg", "nothing".getBytes(StandardCharsets.UTF_8)))
				.with(editor())
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("PDF、JPEG 或 PNG")));
		this.mvc.perform(post("/admin/bulletins/" + id + "/files/PDF/delete").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/bulletins/" + id));
		assertThat(this.printed.filesOf(id)).isEmpty();
		this.mvc.perform(post("/admin/bulletins/" + id + "/files/NOTHING/delete").with(editor()).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApiTakesAttachmentsWithTheBulletinOrLater() throws Exception {
		this.mvc
			.perform(EditorUploads.api()
				.file(Bulletins.apiFile("p.md", PAGE))
				.file(new MockMultipartFile("attachment", "p.pdf", "application/pdf", PageFileFixtures.pdf())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value("/issues/2024-03-12/02"))
			.andExpect(jsonPath("$.attached[0]").value("PDF"))
			.andExpect(jsonPath("$.report.printed").value(containsString("第02版")));
		this.mvc
			.perform(multipart("/api/admin/bulletins/p.md/attachments")
				.file(new MockMultipartFile("attachment", "p.png", "image/png", PageFileFixtures.png(200, 300)))
				.with(httpBasic("editor", EditorAccount.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attached[0]").value("IMAGE"));
		this.mvc
			.perform(multipart("/api/admin/bulletins/nothing.md/attachments")
				.file(new MockMultipartFile("attachment", "p.png", "image/png", PageFileFixtures.png(200, 300)))
				.with(httpBasic("editor", EditorAccount.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("没有这个公报")));
		this.mvc
			.perform(EditorUploads.api()
				.file(Bulletins.apiFile("q.md", PAGE.replace("page: 2", "page: 3")))
				.file(new MockMultipartFile("attachment", "q.pdf", "application/pdf", "%PDX".getBytes())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("PDF、JPEG 或 PNG")));
		assertThat(this.bulletins.findByName("q.md")).isEmpty();
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("files", name, "application/octet-stream", content);
	}

}
