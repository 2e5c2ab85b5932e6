package com.weeklygraphql.support;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.http.server.GitServlet;
import org.eclipse.jgit.lib.Repository;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

/**
 * JGit's own smart-HTTP server on an embedded Tomcat, serving one {@link GitRemote} at {@code /content.git},
 * behind HTTP Basic authentication that accepts exactly one token (any user name), like GitHub or GitLab.
 */
public final class GitHttpServer implements AutoCloseable {

    private final WebServer server;
    private final AtomicReference<String> acceptedToken;

    private GitHttpServer(WebServer server, AtomicReference<String> acceptedToken) {
        this.server = server;
        this.acceptedToken = acceptedToken;
    }

    public static GitHttpServer serve(GitRemote remote, String acceptedToken) {
        AtomicReference<String> token = new AtomicReference<>(acceptedToken);
        GitServlet git = new GitServlet();
        git.setRepositoryResolver((request, name) -> {
            if (!name.equals("content.git") || !java.nio.file.Files.exists(remote.bareDir())) {
                throw new RepositoryNotFoundException(name);
            }
            Repository repository = remote.bareRepository();
            return repository;
        });
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        WebServer server = factory.getWebServer(context -> {
            context.addFilter("basic-auth", new BasicAuth(token)).addMappingForUrlPatterns(null, false, "/*");
            context.addServlet("git", git).addMapping("/*");
        });
        server.start();
        return new GitHttpServer(server, token);
    }

    /** The repository's HTTP URL. */
    public String uri() {
        return "http://localhost:" + server.getPort() + "/content.git";
    }

    /** From now on only this token is accepted (a rotated or revoked token). */
    public void acceptOnly(String token) {
        acceptedToken.set(token);
    }

    @Override
    public void close() {
        server.stop();
    }

    private record BasicAuth(AtomicReference<String> token) implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            String header = ((HttpServletRequest) request).getHeader("Authorization");
            if (header != null && header.startsWith("Basic ")) {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
                String password = decoded.substring(decoded.indexOf(':') + 1);
                if (password.equals(token.get())) {
                    chain.doFilter(request, response);
                    return;
                }
            }
            HttpServletResponse http = (HttpServletResponse) response;
            http.setHeader("WWW-Authenticate", "Basic realm=\"content\"");
            http.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }
}
