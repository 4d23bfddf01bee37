package org.trustmap.support;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test a fresh {@link Page} in Debian's headless Chromium, driven by Playwright. The network is
 * cut off: any request that would leave this machine is aborted and fails the test, which proves the
 * page works for users without internet access. A failed test leaves a screenshot in
 * {@code target/screenshots}.
 */
public class BrowserExtension implements ParameterResolver, AfterEachCallback {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Page.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browser browser = sharedBrowser(context);
        BrowserContext browserContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        List<String> external = new CopyOnWriteArrayList<>();
        browserContext.route("**/*", route -> {
            String url = route.request().url();
            if (isLocal(url)) {
                route.resume();
            }
            else {
                external.add(url);
                route.abort("internetdisconnected");
            }
        });
        Page page = browserContext.newPage();
        page.onCrash(crashed -> System.err.println("Chromium's page crashed in " + context.getDisplayName()));
        context.getStore(NAMESPACE).put(Page.class, page);
        context.getStore(NAMESPACE).put("external", external);
        return page;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterEach(ExtensionContext context) {
        Page page = context.getStore(NAMESPACE).remove(Page.class, Page.class);
        if (page == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent() && !page.isClosed()) {
                try {
                    page.screenshot(new Page.ScreenshotOptions().setPath(screenshotFile(context)).setFullPage(true));
                }
                catch (RuntimeException unreachable) {
                    System.err.println("No screenshot of " + context.getDisplayName() + ": " + unreachable.getMessage());
                }
            }
            List<String> external = context.getStore(NAMESPACE).remove("external", List.class);
            if (external != null && !external.isEmpty()) {
                throw new AssertionError("The page tried to reach the internet: " + external);
            }
        }
        finally {
            page.context().close();
        }
    }

    /**
     * Chromium has crashed under a test here once (TargetClosedError in CI, the browser process gone): a crash
     * fails the test it happened in, says so on stderr, and the next test gets a new browser instead of failing too.
     */
    private static Browser sharedBrowser(ExtensionContext context) {
        ExtensionContext.Store root = context.getRoot().getStore(NAMESPACE);
        SharedBrowser shared = root.computeIfAbsent(SharedBrowser.class, key -> SharedBrowser.launch(), SharedBrowser.class);
        if (!shared.browser().isConnected()) {
            System.err.println("Chromium was disconnected before " + context.getDisplayName() + "; launching a new one");
            root.remove(SharedBrowser.class);
            shared.close();
            shared = SharedBrowser.launch();
            root.put(SharedBrowser.class, shared);
        }
        return shared.browser();
    }

    private static Path screenshotFile(ExtensionContext context) {
        return Paths.get("target", "screenshots",
                context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName() + ".png");
    }

    private static boolean isLocal(String url) {
        if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")) {
            return true;
        }
        String host = URI.create(url).getHost();
        return host != null && LOCAL_HOSTS.contains(host);
    }

    /** One Chromium per test JVM: launching it costs more than most tests. */
    private record SharedBrowser(Playwright playwright, Browser browser) implements AutoCloseable {

        static SharedBrowser launch() {
            String executable = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
            if (!Paths.get(executable).toFile().canExecute()) {
                throw new IllegalStateException("Browser tests need Chromium at " + executable
                        + " (apt-get install -y chromium, or set CHROMIUM_PATH)");
            }
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(executable))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            return new SharedBrowser(playwright, browser);
        }

        @Override
        public void close() {
            try {
                browser.close();
            }
            finally {
                playwright.close();
            }
        }
    }
}
