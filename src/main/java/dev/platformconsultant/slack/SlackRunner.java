package dev.platformconsultant.slack;

import com.slack.api.bolt.socket_mode.SocketModeApp;
import dev.platformconsultant.app.Services;
import dev.platformconsultant.config.SlackSettings;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the Slack app over the configured transport until the process is told to stop: Socket Mode
 * (no public URL needed; a health endpoint on PORT) or HTTP (Slack's requests and health on PORT).
 * On SIGTERM it stops taking new work and gives the work in hand a bounded time ({@code
 * CONSULTANT_SHUTDOWN_GRACE_SECONDS}) to finish; threads whose answer could not finish are told.
 */
public final class SlackRunner {
  private static final Logger log = LoggerFactory.getLogger(SlackRunner.class);

  private SlackRunner() {}

  /** Starts the app and blocks until shutdown. */
  public static void serve(Services services, SlackSettings settings) throws Exception {
    ExecutorService work = Executors.newVirtualThreadPerTaskExecutor();
    ExecutorService http = Executors.newVirtualThreadPerTaskExecutor();
    ConsultantSlackApp slack = new ConsultantSlackApp(services, settings, work, Clock.systemUTC());
    services.knowledge().watch();
    SlackHttpServer server =
        new SlackHttpServer(
            settings.port(),
            settings.mode() == SlackSettings.Mode.HTTP
                ? Optional.of(slack.app())
                : Optional.empty(),
            services.ready(),
            services.metrics(),
            http);
    server.start();
    SocketModeApp socket = null;
    if (settings.mode() == SlackSettings.Mode.SOCKET) {
      socket = new SocketModeApp(settings.appToken().orElseThrow(), slack.app());
      socket.startAsync();
      log.info("connected to Slack in Socket Mode; health on port {}", server.port());
    } else {
      log.info("serving Slack over HTTP on port {} (POST /slack/events)", server.port());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    SocketModeApp socketApp = socket;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.info(
                      "stopping: no new work; letting {} conversations finish",
                      slack.activeConversations());
                  try {
                    if (socketApp != null) {
                      socketApp.close();
                    }
                  } catch (Exception e) {
                    log.warn("closing Socket Mode: {}", e.toString());
                  }
                  server.close();
                  try {
                    slack.drain(settings.shutdownGrace());
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  work.shutdownNow();
                  services.knowledge().close();
                  stopped.countDown();
                },
                "shutdown"));
    stopped.await();
  }
}
