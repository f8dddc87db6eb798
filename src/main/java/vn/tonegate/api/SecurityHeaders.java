package vn.tonegate.api;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers that keep untrusted draft text inert in our pages: scripts and styles only from the
 * WAR itself (no inline code), no plugins, no framing by other sites, no MIME sniffing.
 */
public class SecurityHeaders implements Filter {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    static final String PANEL_CSP = CSP.replace("frame-ancestors 'self'", "frame-ancestors *");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        String path = ((HttpServletRequest) request).getRequestURI();
        // The editor panel is framed by the portal's CMS, on another origin. It holds no ambient
        // authority (no cookie; its token arrives in the address from the embedding CMS), so any
        // site may frame it; every other page may only be framed by tonegate itself.
        http.setHeader("Content-Security-Policy", path.endsWith("/panel.html") ? PANEL_CSP : CSP);
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}
