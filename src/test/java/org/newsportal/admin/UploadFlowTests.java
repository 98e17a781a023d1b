package org.newsportal.admin;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsportal.article.ArticleRepository;
import org.newsportal.article.BulletinRepository;
import org.newsportal.importer.BulletinImporter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.newsportal.admin.AdminSecurityTests.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Upload, preview, publish or cancel, and every kind of bad file.
 */
@SpringBootTest(properties = { "portal.import-seeds=false", "portal.max-bulletin-size=2KB",
		"portal.upload.preview-memory=16KB" })
@AutoConfigureMockMvc
class UploadFlowTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private BulletinImporter importer;

	@Autowired
	private BulletinRepository bulletins;

	@Autowired
	private ArticleRepository articles;

	private EditorUploads uploads;

	@BeforeEach
	void startUploading() {
		this.uploads = EditorUploads.start(this.mvc, this.importer, this.bulletins);
	}

	@Test
	void showsTheUploadForm() throws Exception {
		this.mvc.perform(get("/admin/upload").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("multipart/form-data")))
			.andExpect(content().string(containsString("上传并预览")));
	}

	@Test
	void previewsWithoutStoringThenPublishesAllGoodFilesTogether() throws Exception {
		String preview = upload(Bulletins.file("a.md", Bulletins.GOOD), Bulletins.file("b.txt", "# 第二版\n\n正文。\n"));
		assertThat(this.bulletins.count()).isZero();

		this.uploads.preview(preview)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("a.md")))
			.andExpect(content().string(containsString("b.txt")))
			.andExpect(content().string(containsString("高新区党政联席会议召开")))
			.andExpect(content().string(containsString("高新区召开大气污染防治攻坚工作推进会")))
			.andExpect(content().string(containsString("发布")));
		assertThat(this.bulletins.count()).isZero();

		this.uploads.publish(preview)
			.andExpect(redirectedUrl("/admin"))
			.andExpect(flash().attribute("notice", containsString("已发布 2 个文件")));
		assertThat(this.bulletins.findByName("a.md")).hasValueSatisfying((bulletin) -> {
			assertThat(bulletin.getItemCount()).isEqualTo(2);
			assertThat(bulletin.getImportedBy()).isEqualTo("editor");
		});
		assertThat(this.bulletins.findByName("b.txt")).isPresent();
		assertThat(this.articles.count()).isEqualTo(3);

		this.mvc.perform(get("/admin").with(editor()))
			.andExpect(content().string(containsString("a.md")))
			.andExpect(content().string(containsString("b.txt")));
	}

	@Test
	void thePreviewShowsThePagesStaffKickerAndSource() throws Exception {
		String page = """
				本版编辑：邝雨桐　美编：卓立言

				### 聚焦春播

				# 全国春播粮食作物已播种六成

				新华社北京5月6日电（记者 葛晓峰）记者6日从农业农村部获悉，春播进度快于去年同期。
				""";
		String preview = this.uploads.upload("2024-05-07", null, Bulletins.file("wire.md", page));
		this.uploads.preview(preview)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dt>本版编辑</dt>")))
			.andExpect(content().string(containsString("<dd>卓立言</dd>")))
			.andExpect(content().string(containsString("聚焦春播")))
			.andExpect(content().string(containsString("新华社北京电")))
			.andExpect(content().string(not(containsString("未归入任何稿件"))));
	}

	@Test
	void takesTheIssueDateAndSourceGivenWithTheUpload() throws Exception {
		String preview = this.uploads.upload("2024-03-12", "焦作日报", Bulletins.file("a.md", Bulletins.GOOD));
		this.uploads.publish(preview);
		assertThat(this.bulletins.findByName("a.md")).hasValueSatisfying((bulletin) -> {
			assertThat(bulletin.getIssueDate()).hasToString("2024-03-12");
			assertThat(bulletin.getSource()).isEqualTo("焦作日报");
		});
	}

	@Test
	void aPreviewIsPublishedOnlyOnce() throws Exception {
		String preview = upload(Bulletins.file("a.md", Bulletins.GOOD));
		this.uploads.publish(preview);
		this.importer.delete("a.md");
		this.uploads.publish(preview)
			.andExpect(redirectedUrl("/admin/upload"))
			.andExpect(flash().attribute("problem", containsString("预览已失效")));
		assertThat(this.bulletins.count()).isZero();
	}

	@Test
	void aPreviewBelongsToTheSessionThatUploadedIt() throws Exception {
		String preview = upload(Bulletins.file("a.md", Bulletins.GOOD));
		this.mvc.perform(post(preview + "/publish").session(new MockHttpSession()).with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/upload"));
		assertThat(this.bulletins.count()).isZero();
	}

	@Test
	void cancellingStoresNothing() throws Exception {
		String preview = upload(Bulletins.file("a.md", Bulletins.GOOD));
		this.mvc.perform(post(preview + "/cancel").session(this.uploads.session()).with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/upload"))
			.andExpect(flash().attribute("notice", containsString("未保存任何内容")));
		this.uploads.publish(preview).andExpect(redirectedUrl("/admin/upload"));
		assertThat(this.bulletins.count()).isZero();
		assertThat(this.articles.count()).isZero();
	}

	@Test
	void keepsOnlyTheLatestPreviewsOfASession() throws Exception {
		String first = upload(Bulletins.file("a.md", Bulletins.GOOD));
		for (int i = 0; i < Previews.MAX_PER_SESSION; i++) {
			upload(Bulletins.file("a.md", Bulletins.GOOD));
		}
		this.mvc.perform(get(first).session(this.uploads.session()).with(editor()))
			.andExpect(redirectedUrl("/admin/upload"));
	}

	@Test
	void aPreviewHoldsNoMoreThanItsShareOfMemoryAndSaysSo() throws Exception {
		// each file is about 2.4 KB of held text; 16 KB hold six of them
		String text = "# 标题\n\n" + "本报讯（记者王明）3月1日上午，会议召开。".repeat(28) + "\n";
		MockMultipartFile[] files = new MockMultipartFile[8];
		for (int i = 0; i < files.length; i++) {
			files[i] = Bulletins.file("page-" + i + ".md", text);
		}
		String preview = upload(files);
		String html = this.uploads.preview(preview).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("page-0.md").contains("page-7.md").contains("合计过大");
		this.uploads.publish(preview)
			.andExpect(redirectedUrl("/admin"))
			.andExpect(flash().attribute("notice", containsString("已发布 6 个文件")));
	}

	@Test
	void goodFilesArePublishedAndBadOnesAreNot() throws Exception {
		String preview = upload(Bulletins.file("good.md", Bulletins.GOOD), Bulletins.file("empty.md", ""));
		this.uploads.preview(preview)
			.andExpect(content().string(containsString("empty.md")))
			.andExpect(content().string(containsString("无法导入")));
		this.uploads.publish(preview).andExpect(redirectedUrl("/admin"));
		assertThat(this.bulletins.findAll()).extracting((bulletin) -> bulletin.getName()).containsExactly("good.md");
	}

	@Test
	void saysWhenPublishingWillReplaceAStoredBulletin() throws Exception {
		this.importer.importBulletin(new org.newsportal.importer.ImportRequest("a.md",
				"# 旧的\n\n正文。\n".getBytes(StandardCharsets.UTF_8), null, null, "test"));
		String preview = upload(Bulletins.file("a.md", Bulletins.GOOD));
		this.uploads.preview(preview).andExpect(content().string(containsString("将替换已有的同名公报")));
		this.uploads.publish(preview).andExpect(flash().attribute("notice", containsString("替换 1")));
		assertThat(this.articles.count()).isEqualTo(2);
	}

	// Bad input: each is refused with a message naming the problem, and stores nothing.

	@Test
	void refusesAnEmptyFile() throws Exception {
		assertRefused(Bulletins.file("empty.md", new byte[0]), "为空");
	}

	@Test
	void refusesAFileOfWhitespaceOnly() throws Exception {
		assertRefused(Bulletins.file("blank.md", " \n\t\n　\n"), "为空");
	}

	@Test
	void refusesAFileWithoutAnyHeadline() throws Exception {
		assertRefused(Bulletins.file("plain.md", "只有正文，没有标题。\n\n第二段。\n"), "标题");
	}

	@Test
	void refusesBinaryData() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0,
				(byte) 0xff, (byte) 0xfe };
		assertRefused(Bulletins.file("photo.md", png), "NUL 字节");
	}

	@Test
	void refusesUtf16WithoutABom() throws Exception {
		// UTF-16 text without a BOM: a NUL in every other byte, told from binary data
		assertRefused(Bulletins.file("utf16.md", "# 标题\n\n本报讯 正文。\n".getBytes(StandardCharsets.UTF_16LE)), "UTF-16");
	}

	@Test
	void refusesAnEncodingThatIsNeitherUtf8NorGb18030() throws Exception {
		// 0x80 and 0xFF start no character in UTF-8 or GB18030
		byte[] text = { (byte) 0xff, (byte) 0x80, '#', ' ', 'C', 'a', 'f', (byte) 0xe9, '\n', '\n', 'T', 'e', 'x', 't',
				(byte) 0x80, '.', '\n' };
		assertRefused(Bulletins.file("latin.md", text), "既不是 UTF-8 也不是 GB18030");
	}

	@Test
	void refusesAFileOverTheSizeLimit() throws Exception {
		assertRefused(Bulletins.file("big.md", "# 标题\n\n" + "很长的正文。".repeat(400)), "文件过大");
	}

	@Test
	void refusesAFileNameWithPathParts() throws Exception {
		assertRefused(Bulletins.file("../../etc/page.md", Bulletins.GOOD), "路径");
		assertRefused(Bulletins.file("C:\\报纸\\page.md", Bulletins.GOOD), "路径");
	}

	@Test
	void refusesOtherKindsOfFiles() throws Exception {
		assertRefused(Bulletins.file("page.docx", Bulletins.GOOD), ".md");
	}

	@Test
	void refusesTwoFilesOfTheSameNameInOneUpload() throws Exception {
		String preview = upload(Bulletins.file("a.md", Bulletins.GOOD), Bulletins.file("a.md", "# 另一篇\n\n正文。\n"));
		this.uploads.preview(preview).andExpect(content().string(containsString("同名文件")));
		this.uploads.publish(preview);
		assertThat(this.articles.findAll()).extracting((article) -> article.getTitle()).doesNotContain("另一篇");
	}

	@Test
	void asksForAFileWhenNoneWasChosen() throws Exception {
		this.mvc
			.perform(multipart("/admin/upload")
				.file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]))
				.session(this.uploads.session())
				.with(editor())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请至少选择一个文件")));
	}

	@Test
	void refusesABadIssueDateOrAnOverlongSource() throws Exception {
		this.mvc
			.perform(multipart("/admin/upload").file(Bulletins.file("a.md", Bulletins.GOOD))
				.param("issueDate", "2024-13-45")
				.with(editor())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("出版日期格式不对")));
		this.mvc
			.perform(multipart("/admin/upload").file(Bulletins.file("a.md", Bulletins.GOOD))
				.param("source", "报".repeat(300))
				.with(editor())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("来源名称过长")));
		assertThat(this.bulletins.count()).isZero();
	}

	@Test
	void aFileThatWasRefusedCannotBePublished() throws Exception {
		String preview = upload(Bulletins.file("empty.md", ""));
		this.uploads.preview(preview)
			.andExpect(content().string(containsString("没有可以导入的文件")))
			.andExpect(content().string(not(containsString("/publish"))));
		this.uploads.publish(preview).andExpect(flash().attribute("problem", containsString("没有可以发布的文件")));
		assertThat(this.bulletins.count()).isZero();
	}

	private void assertRefused(MockMultipartFile file, String problem) throws Exception {
		String preview = upload(file);
		MvcResult page = this.uploads.preview(preview)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("无法导入")))
			.andReturn();
		String html = page.getResponse().getContentAsString();
		assertThat(html).contains("admin-problem-text");
		if (problem != null) {
			assertThat(html).contains(problem);
		}
		this.uploads.publish(preview);
		assertThat(this.bulletins.count()).isZero();
		assertThat(this.articles.count()).isZero();
	}

	private String upload(MockMultipartFile... files) throws Exception {
		return this.uploads.upload(null, null, files);
	}

}
