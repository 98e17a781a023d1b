package org.newsportal.admin;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsportal.article.ArticleRepository;
import org.newsportal.article.BulletinRepository;
import org.newsportal.importer.BulletinImporter;
import org.newsportal.photo.PhotoStore;
import org.newsportal.photo.TestPhotos;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.newsportal.admin.AdminSecurityTests.editor;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pictures through the import API and the upload page: packed in a {@code .zip} or
 * uploaded beside the page, a missing one warned of in the preview before anything is
 * stored.
 */
@SpringBootTest(properties = { "portal.import-seeds=false", EditorAccount.PASSWORD_PROPERTY })
@AutoConfigureMockMvc
class PhotoUploadTests {

	private static final String PAGE = "---\ndate: 2024-03-12\n---\n\n# 观摩会召开\n\n本报讯（记者张明）3月11日上午，观摩会召开。\n\n![会场](photo-1.jpg)\n\n![](gone.jpg)\n";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private BulletinImporter importer;

	@Autowired
	private BulletinRepository bulletins;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private PhotoStore photos;

	private EditorUploads uploads;

	@BeforeEach
	void startUploading() {
		this.uploads = EditorUploads.start(this.mvc, this.importer, this.bulletins);
	}

	@Test
	void theApiTakesAZipOfThePageAndItsPictures() throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("page.md", PAGE.getBytes(StandardCharsets.UTF_8));
		files.put("photo-1.jpg", TestPhotos.jpeg(1000, 700));
		this.mvc
			.perform(EditorUploads.api()
				.file(new MockMultipartFile("file", "page.zip", "application/zip", TestPhotos.zip(files))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bulletin").value("page.md"))
			.andExpect(jsonPath("$.report.warnings[0]").value(containsString("gone.jpg")));
		assertThat(this.photos.count()).isEqualTo(1);
		assertThat(this.articles.findAll().get(0).getHtml()).contains("<figcaption>会场</figcaption>");

		this.mvc
			.perform(EditorUploads.api()
				.file(new MockMultipartFile("file", "bad.zip", "application/zip",
						"PK not really".getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("zip")));
	}

	@Test
	void theApiTakesPicturesAsAttachments() throws Exception {
		this.mvc
			.perform(EditorUploads.api()
				.file(Bulletins.apiFile("page.md", PAGE))
				.file(new MockMultipartFile("attachment", "photo-1.jpg", "image/jpeg", TestPhotos.jpeg(800, 600))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.report.files[0]").value(containsString("图片：photo-1.jpg，800×600")));
		assertThat(this.photos.count()).isEqualTo(1);
	}

	@Test
	void theUploadPagePreviewsPicturesBeforeStoringThem() throws Exception {
		String preview = this.uploads.upload(null, null, Bulletins.file("page.md", PAGE),
				Bulletins.file("photo-1.jpg", TestPhotos.jpeg(800, 600)));
		assertThat(this.photos.count()).isZero();
		this.uploads.preview(preview)
			.andExpect(content().string(containsString("gone.jpg")))
			.andExpect(content().string(containsString("图片：photo-1.jpg，800×600")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("没有同名的公报文件"))));
		// the picture is shown from memory, before anything is stored
		String page = this.uploads.preview(preview).andReturn().getResponse().getContentAsString();
		String src = org.jsoup.Jsoup.parse(page).selectFirst(".admin-photos img").attr("src");
		assertThat(src).startsWith(preview + "/photos/");
		this.mvc.perform(get(src).session(this.uploads.session()).with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"));
		this.mvc
			.perform(get(preview + "/photos/" + "0".repeat(64) + ".jpg").session(this.uploads.session()).with(editor()))
			.andExpect(status().isNotFound());
		this.uploads.publish(preview).andExpect(redirectedUrl("/admin"));
		assertThat(this.photos.count()).isEqualTo(1);
	}

}
