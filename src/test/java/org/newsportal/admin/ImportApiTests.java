package org.newsportal.admin;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsportal.article.BulletinRepository;
import org.newsportal.importer.BulletinImporter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import API: one bulletin per request, HTTP Basic, JSON answers.
 */
@SpringBootTest(
		properties = { "portal.import-seeds=false", "portal.max-bulletin-size=2KB", EditorAccount.PASSWORD_PROPERTY })
@AutoConfigureMockMvc
class ImportApiTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private BulletinImporter importer;

	@Autowired
	private BulletinRepository bulletins;

	@BeforeEach
	void emptyDatabase() {
		this.bulletins.findAll().forEach((bulletin) -> this.importer.delete(bulletin.getName()));
	}

	@Test
	void importsABulletinAndAnswersTheResult() throws Exception {
		this.mvc
			.perform(multipart("/api/admin/bulletins").file(Bulletins.apiFile("page.md", Bulletins.GOOD))
				.param("issueDate", "2024-03-12")
				.param("source", "焦作日报")
				.with(editor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bulletin").value("page.md"))
			.andExpect(jsonPath("$.outcome").value("CREATED"))
			.andExpect(jsonPath("$.report.items").value(2))
			.andExpect(jsonPath("$.slugs.length()").value(2));
		assertThat(this.bulletins.findByName("page.md")).hasValueSatisfying((bulletin) -> {
			assertThat(bulletin.getSource()).isEqualTo("焦作日报");
			assertThat(bulletin.getImportedBy()).isEqualTo("editor");
		});
		this.mvc
			.perform(multipart("/api/admin/bulletins").file(Bulletins.apiFile("page.md", Bulletins.GOOD))
				.param("issueDate", "2024-03-12")
				.param("source", "焦作日报")
				.with(editor()))
			.andExpect(jsonPath("$.outcome").value("UNCHANGED"));
	}

	@Test
	void refusesAnEmptyFile() throws Exception {
		assertRefused(file("empty.md", new byte[0]), "为空");
	}

	@Test
	void refusesAFileOfWhitespaceOnly() throws Exception {
		assertRefused(file("blank.md", " \n \n".getBytes(StandardCharsets.UTF_8)), "为空");
	}

	@Test
	void refusesAFileWithoutAnyHeadline() throws Exception {
		assertRefused(file("plain.md", "只有正文。\n".getBytes(StandardCharsets.UTF_8)), "标题");
	}

	@Test
	void refusesBinaryData() throws Exception {
		assertRefused(file("photo.md", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff }), "NUL 字节");
	}

	@Test
	void refusesNulBytes() throws Exception {
		assertRefused(file("utf16.md", "# 标题\n\n正文。\n".getBytes(StandardCharsets.UTF_16LE)), "UTF-16");
	}

	@Test
	void refusesAnEncodingThatIsNeitherUtf8NorGb18030() throws Exception {
		assertRefused(file("latin.md", new byte[] { (byte) 0xff, (byte) 0x80, '#', ' ', 'C', 'a', 'f', (byte) 0xe9 }),
				"既不是 UTF-8 也不是 GB18030");
	}

	@Test
	void refusesAFileOverTheSizeLimit() throws Exception {
		assertRefused(file("big.md", ("# 标题\n\n" + "正文。".repeat(1000)).getBytes(StandardCharsets.UTF_8)), "文件过大");
	}

	@Test
	void refusesAFileNameWithPathParts() throws Exception {
		assertRefused(file("../page.md", Bulletins.GOOD.getBytes(StandardCharsets.UTF_8)), "路径");
	}

	@Test
	void refusesARequestWithoutAFileOrWithABadDate() throws Exception {
		this.mvc.perform(multipart("/api/admin/bulletins").with(editor()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error", containsString("缺少文件")));
		this.mvc
			.perform(multipart("/api/admin/bulletins").file(Bulletins.apiFile("page.md", Bulletins.GOOD))
				.param("issueDate", "12.3.2024")
				.with(editor()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error", containsString("出版日期")));
		assertThat(this.bulletins.count()).isZero();
	}

	private void assertRefused(MockMultipartFile file, String problem) throws Exception {
		this.mvc.perform(multipart("/api/admin/bulletins").file(file).with(editor()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.error", not(emptyString())))
			.andExpect(jsonPath("$.error", containsString((problem != null) ? problem : "")));
		assertThat(this.bulletins.count()).isZero();
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "text/markdown", content);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor editor() {
		return httpBasic("editor", EditorAccount.PASSWORD);
	}

}
