package io.riskwise.platform.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The folder where uploaded evidence files live ({@code riskwise.storage.dir}). It is outside the
 * WAR and outside the database, so it must be backed up with the database.
 */
@ApplicationScoped
public class StorageFolder {

  @Inject
  @ConfigProperty(name = "riskwise.storage.dir", defaultValue = "data/files")
  String dir;

  public Path root() {
    return Path.of(dir).toAbsolutePath().normalize();
  }

  /** Creates the folder if needed and proves it can be written to. */
  public Path prepare() {
    Path root = root();
    try {
      Files.createDirectories(root);
      Path probe = Files.createTempFile(root, ".probe", ".tmp");
      Files.delete(probe);
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException("The storage folder " + root + " cannot be written to", e);
    }
  }

  public boolean isWritable() {
    Path root = root();
    return Files.isDirectory(root) && Files.isWritable(root);
  }
}
