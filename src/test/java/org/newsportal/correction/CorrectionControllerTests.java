package org.newsportal.correction;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsportal.security.SecurityConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.newsportal.correction.CorrectionFlowTests.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The edit form's rules: an editor, a CSRF token, a note, and valid fields.
 */
@WebMvcTest(CorrectionController.class)
@Import(SecurityConfiguration.class)
class CorrectionControllerTests {

	private static final String SLUG = "2024-03-11-aaaa0000";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private Corrections corrections;

	@BeforeEach
	void oneArticle() {
		EditForm form = new EditForm();
		form.setTitle("标题");
		form.setDate(LocalDate.of(2024, 3, 11));
		form.setMarkdown("正文。");
		given(this.corrections.title(SLUG)).willReturn(Optional.of("标题"));
		given(this.corrections.form(SLUG)).willReturn(Optional.of(form));
	}

	@Test
	void theFormIsForEditorsOnly() throws Exception {
		this.mvc.perform(get("/admin/articles/" + SLUG + "/edit")).andExpect(redirectedUrl("/admin/login"));
		this.mvc.perform(get("/admin/articles/" + SLUG + "/edit").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"note\"")))
			.andExpect(content().string(containsString("value=\"标题\"")));
		this.mvc.perform(get("/admin/articles/2024-03-11-unknown/edit").with(editor()))
			.andExpect(status().isNotFound());
	}

	@Test
	void savingNeedsAToken() throws Exception {
		this.mvc.perform(save("说明").with(editor())).andExpect(status().isForbidden());
		then(this.corrections).should(never()).save(anyString(), any(), anyString());
	}

	@Test
	void savingNeedsANoteAndAHeadlineAndAKind() throws Exception {
		this.mvc
			.perform(post("/admin/articles/" + SLUG + "/edit").param("title", "")
				.param("date", "2024-03-11")
				.param("markdown", "正文。")
				.param("note", " ")
				.with(editor())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请说明改了什么、为什么改")))
			.andExpect(content().string(containsString("标题不能为空")))
			.andExpect(content().string(containsString("请选择")));
		this.mvc.perform(save("说明", "2024-02-30").with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("日期不对")));
		then(this.corrections).should(never()).save(anyString(), any(), anyString());
	}

	@Test
	void thePreviewShowsTheBodyAndSavesNothingEvenWithADateThatDoesNotExist() throws Exception {
		given(this.corrections.preview("正文。")).willReturn("<p>渲染后的正文。</p>");
		this.mvc.perform(save("", "2024-02-30").param("preview", "1").with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p>渲染后的正文。</p>")))
			.andExpect(content().string(containsString("日期不对")));
		then(this.corrections).should(never()).save(anyString(), any(), anyString());
	}

	@Test
	void aSavedEditLeadsToTheRevisionsAtTheNewAddress() throws Exception {
		given(this.corrections.save(eq(SLUG), any(), eq("editor"))).willReturn(Optional.of("2024-03-11-bbbb0000"));
		this.mvc.perform(save("标题有误").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/articles/2024-03-11-bbbb0000/revisions"));
	}

	@Test
	void unreadableBylinesAreRefusedWithTheirMessage() throws Exception {
		given(this.corrections.save(eq(SLUG), any(), eq("editor"))).willThrow(new CorrectionException("署名过长"));
		this.mvc.perform(save("说明").with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("署名过长")));
	}

	@Test
	void deletingNeedsAReason() throws Exception {
		this.mvc.perform(post("/admin/articles/" + SLUG + "/delete").param("reason", " ").with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请写明删除的原因")));
		then(this.corrections).should(never()).delete(anyString(), anyString(), anyString());
		this.mvc.perform(post("/admin/articles/" + SLUG + "/delete").param("reason", "重复").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin"));
		then(this.corrections).should().delete(SLUG, "重复", "editor");
	}

	private static MockHttpServletRequestBuilder save(String note) {
		return save(note, "2024-03-11");
	}

	private static MockHttpServletRequestBuilder save(String note, String date) {
		return post("/admin/articles/" + SLUG + "/edit").param("title", "新标题")
			.param("date", date)
			.param("bylines", "记者 郭树勋")
			.param("markdown", "正文。")
			.param("note", note)
			.param("visibility", "CORRECTION");
	}

}
