package org.newsportal.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every editors' page and API endpoint, for each role: what it may reach and what it is
 * refused (403). Allowed requests may still answer 404 or 400 (there is no bulletin 999
 * and no file is sent); what matters is that the rules let them through or not.
 */
@SpringBootTest(properties = "portal.import-seeds=false")
@AutoConfigureMockMvc
class NewsroomRolesTests {

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest(name = "{0} {1} {2}: {3}")
	@CsvSource({
			// role, method, path, allowed
			"EDITOR, GET, /admin, true", "CHIEF, GET, /admin, true", "ADMIN, GET, /admin, true",
			"EDITOR, GET, /admin/upload, true", "CHIEF, GET, /admin/upload, true", "ADMIN, GET, /admin/upload, true",
			"EDITOR, POST, /admin/upload, true", "EDITOR, POST, /admin/upload/t/publish, true",
			"EDITOR, POST, /admin/upload/t/cancel, true", "EDITOR, GET, /admin/bulletins/999, true",
			"EDITOR, POST, /admin/bulletins/999/reimport, true", "EDITOR, POST, /admin/bulletins/999/files, true",
			"EDITOR, POST, /admin/bulletins/999/files/PDF/delete, true",
			"EDITOR, GET, /admin/bulletins/999/delete, false", "EDITOR, POST, /admin/bulletins/999/delete, false",
			"CHIEF, GET, /admin/bulletins/999/delete, true", "CHIEF, POST, /admin/bulletins/999/delete, true",
			"ADMIN, POST, /admin/bulletins/999/delete, true", "EDITOR, GET, /admin/held, true",
			"CHIEF, GET, /admin/held, true", "EDITOR, POST, /admin/held, true",
			"EDITOR, POST, /admin/held/999/release, false", "EDITOR, POST, /admin/held/999/cancel, false",
			"CHIEF, POST, /admin/held/999/release, true", "CHIEF, POST, /admin/held/999/cancel, true",
			"ADMIN, POST, /admin/held/999/release, true", "EDITOR, GET, /admin/accounts, false",
			"CHIEF, GET, /admin/accounts, false", "ADMIN, GET, /admin/accounts, true",
			"EDITOR, POST, /admin/accounts, false", "CHIEF, POST, /admin/accounts, false",
			"ADMIN, POST, /admin/accounts, true", "CHIEF, POST, /admin/accounts/1/enabled, false",
			"CHIEF, POST, /admin/accounts/1/role, false", "CHIEF, POST, /admin/accounts/1/password, false",
			"ADMIN, POST, /admin/accounts/999/password, true", "EDITOR, GET, /admin/audit, false",
			"CHIEF, GET, /admin/audit, false", "ADMIN, GET, /admin/audit, true", "EDITOR, GET, /admin/password, true",
			"CHIEF, GET, /admin/password, true", "ADMIN, GET, /admin/password, true",
			"EDITOR, POST, /admin/password, true", "EDITOR, POST, /api/admin/bulletins, true",
			"CHIEF, POST, /api/admin/bulletins, true", "ADMIN, POST, /api/admin/bulletins, true",
			"EDITOR, POST, /api/admin/bulletins/x.md/attachments, true", "EDITOR, GET, /api/admin/held, true",
			"EDITOR, POST, /api/admin/held, true", "READER, GET, /admin, false",
			"READER, POST, /api/admin/bulletins, false", "READER, GET, /admin/password, false" })
	void eachRoleReachesWhatItMayAndIsRefusedTheRest(String role, String method, String path, boolean allowed)
			throws Exception {
		MvcResult result = this.mvc
			.perform(request(HttpMethod.valueOf(method), path).with(user("someone").roles(role)).with(csrf()))
			.andReturn();
		int status = result.getResponse().getStatus();
		if (allowed) {
			assertThat(status).as(role + " " + method + " " + path).isNotIn(401, 403);
			assertThat(result.getResponse().getRedirectedUrl()).as(path).isNotEqualTo("/admin/login");
		}
		else {
			assertThat(status).as(role + " " + method + " " + path).isEqualTo(403);
		}
	}

}
