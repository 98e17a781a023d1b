package org.newsportal.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account disabled while it was signed in, at its next request in
 * the editors' area, rather than when it signs out or its session expires. Runs after the
 * security filters have found who is signed in; HTTP Basic checks the account on every
 * request anyway.
 */
class DisabledAccountFilter extends OncePerRequestFilter {

	private final ObjectProvider<AccountRepository> accounts;

	DisabledAccountFilter(ObjectProvider<AccountRepository> accounts) {
		this.accounts = accounts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/admin") || path.startsWith("/admin/")) || path.equals("/admin/login");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken) && isDisabled(authentication.getName())) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/admin/login?disabled");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean isDisabled(String username) {
		return this.accounts.getObject()
			.findByUsername(AccountService.normalise(username))
			.filter((account) -> !account.isEnabled())
			.isPresent();
	}

}
