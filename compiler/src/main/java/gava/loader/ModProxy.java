package gava.loader;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The GOPROXY protocol client: {@code $GOPROXY} is a list of proxy URLs separated by {@code ,}
 * (try the next one only when a proxy answers 404 or 410) or {@code |} (on any error), or
 * {@code off}. Files are fetched as {@code <proxy>/<escaped path>/@v/<escaped version>.<ext>}
 * ({@code info}, {@code mod}, {@code zip}); {@code file://} proxies are directories laid out the
 * same way. {@code direct} (fetching from version control) is not supported by gava.
 */
public final class ModProxy {
  /** A fetch that failed; the message is worded as go's. */
  public static final class Failure extends Exception {
    public Failure(String message) {
      super(message);
    }
  }

  private record Entry(String url, boolean fallThroughAnyError) {}

  private final String setting;
  private final List<Entry> entries = new ArrayList<>();
  private HttpClient client;

  public ModProxy(String goproxy) {
    this.setting = goproxy == null || goproxy.isBlank() ? "https://proxy.golang.org,direct" : goproxy.strip();
    int i = 0;
    String s = setting;
    while (i < s.length()) {
      int c = s.indexOf(',', i);
      int p = s.indexOf('|', i);
      int end = c < 0 ? p : p < 0 ? c : Math.min(c, p);
      String url = (end < 0 ? s.substring(i) : s.substring(i, end)).strip();
      boolean any = end >= 0 && s.charAt(end) == '|';
      if (!url.isEmpty()) entries.add(new Entry(url, any));
      if (end < 0) break;
      i = end + 1;
    }
  }

  public static ModProxy fromEnv(Map<String, String> env) {
    return new ModProxy(env.get("GOPROXY"));
  }

  /** Whether downloads are disabled ({@code GOPROXY=off}). */
  public boolean off() {
    return !entries.isEmpty() && entries.get(0).url().equals("off");
  }

  /** Fetches {@code <path>/@v/<version>.<ext>} of a module. */
  public byte[] fetch(String path, String version, String ext) throws Failure {
    String rel = ImportResolver.escapePath(path) + "/@v/" + ImportResolver.escapePath(version) + "." + ext;
    Failure last = null;
    for (Entry e : entries) {
      if (e.url().equals("off")) throw new Failure("module lookup disabled by GOPROXY=off");
      if (e.url().equals("direct")) {
        if (last != null) throw last;
        throw new Failure(path + "@" + version + ": gava cannot fetch modules from version control (GOPROXY=direct); use a module proxy");
      }
      String base = e.url().endsWith("/") ? e.url().substring(0, e.url().length() - 1) : e.url();
      String url = base + "/" + rel;
      try {
        return get(url);
      } catch (NotFound nf) {
        last = new Failure(path + "@" + version + ": " + nf.getMessage());
      } catch (Failure f) {
        last = new Failure(path + "@" + version + ": " + f.getMessage());
        if (!e.fallThroughAnyError()) throw last;
      }
    }
    throw last != null ? last : new Failure(path + "@" + version + ": GOPROXY list is empty");
  }

  private static final class NotFound extends Exception {
    NotFound(String message) {
      super(message);
    }
  }

  private byte[] get(String url) throws NotFound, Failure {
    if (url.startsWith("file://")) {
      Path p;
      try {
        p = Path.of(URI.create(url));
      } catch (IllegalArgumentException e) {
        throw new Failure("invalid proxy URL " + url);
      }
      try {
        return Files.readAllBytes(p);
      } catch (NoSuchFileException e) {
        throw new NotFound("reading " + url + ": no such file or directory");
      } catch (IOException e) {
        throw new Failure("reading " + url + ": " + e.getMessage());
      }
    }
    if (!url.startsWith("https://") && !url.startsWith("http://")) throw new Failure("invalid proxy URL " + url);
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new Failure("invalid proxy URL " + url);
    }
    String shown = url.replace("!", "%21"); // (as go prints the URL)
    try {
      java.net.InetAddress.getByName(uri.getHost());
    } catch (java.net.UnknownHostException e) {
      throw new Failure("Get \"" + shown + "\": dial tcp: lookup " + uri.getHost() + ": no such host");
    }
    try {
      if (client == null) {
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15)).followRedirects(HttpClient.Redirect.NORMAL).build();
      }
      HttpRequest req = HttpRequest.newBuilder(URI.create(shown)).timeout(Duration.ofSeconds(60)).GET().build();
      HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() == 404 || r.statusCode() == 410) {
        throw new NotFound("reading " + shown + ": " + r.statusCode() + " " + (r.statusCode() == 404 ? "Not Found" : "Gone"));
      }
      if (r.statusCode() != 200) throw new Failure("reading " + shown + ": " + r.statusCode());
      return r.body();
    } catch (java.net.http.HttpTimeoutException e) {
      throw new Failure("Get \"" + shown + "\": dial tcp: i/o timeout");
    } catch (java.net.ConnectException e) {
      int port = uri.getPort() > 0 ? uri.getPort() : url.startsWith("https:") ? 443 : 80;
      throw new Failure("Get \"" + shown + "\": dial tcp " + uri.getHost() + ":" + port + ": connect: connection refused");
    } catch (IOException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new Failure("Get \"" + shown + "\": " + why);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure("Get \"" + url + "\": interrupted");
    }
  }
}
