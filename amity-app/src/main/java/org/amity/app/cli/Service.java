package org.amity.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amity.app.remote.CommandChannel;
import org.amity.app.remote.ServiceFile;
import org.amity.app.remote.ThreadStreams;
import org.amity.app.service.JobRunner;
import org.amity.app.service.ServiceSettings;
import org.amity.app.store.ServiceStore;
import org.amity.app.web.RecommenderAdvisor;
import org.amity.app.web.WebConfig;
import org.amity.app.web.server.WebServer;
import org.amity.response.kb.KnowledgeBase;
import org.amity.storage.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running service over an open store: its jobs, the web server and the command channel for the
 * CLI, with the service file that points to it. {@link #close()} stops them in reverse order and
 * removes the file; the store stays the caller's.
 */
final class Service implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Service.class);

  private final JobRunner jobs;
  private final WebServer web;
  private final CommandChannel channel;
  private final Path serviceFile;

  private Service(JobRunner jobs, WebServer web, CommandChannel channel, Path serviceFile) {
    this.jobs = jobs;
    this.web = web;
    this.channel = channel;
    this.serviceFile = serviceFile;
  }

  /** Starts jobs, web server and command channel, and writes the service file. */
  static Service start(Storage opened, ServiceSettings settings, WebConfig config, Path cacheDir)
      throws IOException {
    ServiceStore store = ServiceStore.of(opened);
    ThreadStreams.install();
    JobRunner jobs = ServiceJobs.start(settings, store, cacheDir);
    WebServer web = null;
    CommandChannel channel = null;
    try {
      web =
          new WebServer(
                  opened,
                  new RecommenderAdvisor(KnowledgeBase.standard()),
                  config,
                  new Version().getVersion()[0],
                  store::freshness,
                  jobs)
              .start();
      Path db = store.file().toAbsolutePath();
      Path uploads = db.resolveSibling(db.getFileName() + ".uploads");
      channel = new CommandChannel(new InProcess(store), ServiceFile.newToken(), uploads).start();
      Path file = ServiceFile.beside(store.file());
      new ServiceFile(channel.url(), channel.token(), ProcessHandle.current().pid()).write(file);
      return new Service(jobs, web, channel, file);
    } catch (IOException | RuntimeException e) {
      if (channel != null) {
        channel.close();
      }
      if (web != null) {
        web.close();
      }
      jobs.close();
      throw e;
    }
  }

  WebServer web() {
    return web;
  }

  JobRunner jobs() {
    return jobs;
  }

  /** The command channel's address. */
  java.net.URI channelUrl() {
    return channel.url();
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(serviceFile);
    } catch (IOException e) {
      LOG.warn("cannot remove the service file {}: {}", serviceFile, e.getMessage());
    }
    channel.close();
    jobs.close();
    web.close();
  }
}
