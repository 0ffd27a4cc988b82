package io.riskwise.platform.content;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Collects the files of a content folder ({@code content/catalogue}, {@code content/learning}) by
 * path relative to that folder: from the project directory in tests, from the WAR at start-up.
 */
public final class ContentFiles {
  /** Where the build puts {@code content/} inside the WAR. */
  public static final String IN_WAR = "/WEB-INF/classes/content/";

  private ContentFiles() {}

  public static Map<String, String> fromDirectory(Path root) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        String relative = root.relativize(path).toString().replace('\\', '/');
        files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the content in " + root, e);
    }
    return files;
  }

  /**
   * @param folder the content folder, e.g. {@code catalogue}
   */
  public static Map<String, String> fromWar(ServletContext context, String folder) {
    Map<String, String> files = new TreeMap<>();
    String root = IN_WAR + folder + "/";
    collect(context, root, root, files);
    return files;
  }

  private static void collect(
      ServletContext context, String root, String folder, Map<String, String> files) {
    Set<String> paths = context.getResourcePaths(folder);
    if (paths == null) {
      return;
    }
    for (String path : paths) {
      if (path.endsWith("/")) {
        collect(context, root, path, files);
        continue;
      }
      try (InputStream in = context.getResourceAsStream(path)) {
        files.put(
            path.substring(root.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + path, e);
      }
    }
  }
}
