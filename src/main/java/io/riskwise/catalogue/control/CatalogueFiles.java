package io.riskwise.catalogue.control;

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

/** Collects the catalogue's files, by path relative to the catalogue folder. */
public final class CatalogueFiles {
  /** Where the build puts {@code content/catalogue} inside the WAR. */
  public static final String IN_WAR = "/WEB-INF/classes/content/catalogue/";

  private CatalogueFiles() {}

  public static Map<String, String> fromDirectory(Path root) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        String relative = root.relativize(path).toString().replace('\\', '/');
        files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the catalogue in " + root, e);
    }
    return files;
  }

  public static Map<String, String> fromWar(ServletContext context) {
    Map<String, String> files = new TreeMap<>();
    collect(context, IN_WAR, files);
    return files;
  }

  private static void collect(ServletContext context, String folder, Map<String, String> files) {
    Set<String> paths = context.getResourcePaths(folder);
    if (paths == null) {
      return;
    }
    for (String path : paths) {
      if (path.endsWith("/")) {
        collect(context, path, files);
        continue;
      }
      try (InputStream in = context.getResourceAsStream(path)) {
        files.put(
            path.substring(IN_WAR.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + path, e);
      }
    }
  }
}
