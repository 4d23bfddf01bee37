package org.trustmap.database;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarksUpdatedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Read-your-writes on a Neo4j cluster, where a read may go to a reader that has not caught up yet. Every
 * query of this instance carries the bookmarks of the transactions it has seen, so a reader waits until
 * it has them: reads ({@code driver.executableQuery}) and writes start from one bookmark manager's
 * bookmarks and add theirs to it.
 * Across instances, the bookmark of a signed-in editor's last write is kept in their browser session
 * (which lives in Redis when sessions are shared), and every request of that session hands it to this
 * instance's manager first, so their next read waits for their write wherever it lands.
 *
 * <p>The one manager is the driver's own {@link Driver#executableQueryBookmarkManager()}: every
 * {@code driver.executableQuery} read uses it by default. Every write of {@code GraphWrites} runs in a
 * transaction of Spring Data Neo4j's transaction manager, whose bookmark manager starts from this one's
 * bookmarks ({@link TransactionConfiguration}) and tells of each commit ({@link Neo4jBookmarksUpdatedEvent}):
 * {@link #committed} gives those bookmarks to this one and to the browser session. The few writes left on
 * raw driver sessions say why where they are, and open them with {@link #bookmarked}.
 */
@Component
public class ReadYourWrites extends OncePerRequestFilter {

    public static final String SESSION_ATTRIBUTE = ReadYourWrites.class.getName() + ".bookmarks";

    private final BookmarkManager bookmarks;

    ReadYourWrites(Driver driver) {
        this.bookmarks = driver.executableQueryBookmarkManager();
    }

    /** A session that waits for what this instance has seen and adds its own writes to it. */
    public static SessionConfig bookmarked(Driver driver) {
        return SessionConfig.builder().withBookmarkManager(driver.executableQueryBookmarkManager()).build();
    }

    /**
     * After a Spring transaction has committed: its bookmarks (with any of another transaction of this
     * instance committed meanwhile) join this instance's, and are kept in the current browser session if
     * the request has one (an editor signed in with the form; Basic and bearer requests, and the schedule,
     * have none).
     */
    @EventListener
    void committed(Neo4jBookmarksUpdatedEvent event) {
        Set<Bookmark> committed = event.getBookmarks();
        bookmarks.updateBookmarks(Set.of(), committed);
        if (committed.isEmpty() || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return;
        }
        HttpSession browser = request.getRequest().getSession(false);
        if (browser != null) {
            browser.setAttribute(SESSION_ATTRIBUTE, committed.stream().map(Bookmark::value)
                    .collect(Collectors.toCollection(ArrayList::new)));
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession browser = request.getSession(false);
        if (browser != null && browser.getAttribute(SESSION_ATTRIBUTE) instanceof Collection<?> values) {
            List<Bookmark> written = values.stream().map(value -> Bookmark.from(String.valueOf(value))).toList();
            bookmarks.updateBookmarks(Set.of(), Set.copyOf(written));
        }
        chain.doFilter(request, response);
    }
}
