package io.riskwise.testing;

import io.riskwise.catalogue.control.CatalogueReader;
import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.learning.control.LearningReader;
import io.riskwise.learning.entity.Module;
import io.riskwise.platform.content.ContentFiles;
import java.nio.file.Path;
import java.util.List;

/** The project's content, read as the application reads it, for tests that need model answers. */
public final class Content {
  private Content() {}

  public static final Catalogue CATALOGUE =
      new CatalogueReader().read(ContentFiles.fromDirectory(Path.of("content", "catalogue")));
  public static final List<Module> MODULES =
      new LearningReader()
          .read(ContentFiles.fromDirectory(Path.of("content", "learning")), CATALOGUE);

  public static Module module(String id) {
    return MODULES.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }
}
