package io.riskwise.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.platform.content.ContentFiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Storing the catalogue in the real embedded MariaDB, in a database of its own that each test
 * rebuilds with the application's migrations.
 */
class CatalogueStoreIT {
  static final Map<String, String> CONTENT =
      ContentFiles.fromDirectory(Path.of("content", "catalogue"));
  static final String DATABASE = "catalogue_store_it";

  final CatalogueStore store = new CatalogueStore();
  final Catalogue catalogue = new CatalogueReader().read(CONTENT);
  String url;

  @BeforeEach
  void freshDatabase() throws SQLException {
    String server = System.getProperty("riskwise.test.dbUrl");
    try (Connection connection = DriverManager.getConnection(server, "root", "embedded");
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("drop database if exists " + DATABASE);
      statement.executeUpdate("create database " + DATABASE + " character set utf8mb4");
    }
    url = server.replace("/riskwise?", "/" + DATABASE + "?");
    Flyway.configure().dataSource(url, "root", "embedded").load().migrate();
  }

  @Test
  void theWholeCatalogueIsStoredWithItsVersion() throws SQLException {
    assertTrue(sync(catalogue).changed());

    assertEquals(catalogue.criteria().size(), count("select count(*) from criterion"));
    assertEquals(catalogue.standards().size(), count("select count(*) from standard"));
    assertEquals(catalogue.links().size(), count("select count(*) from criterion_link"));
    assertEquals(1, count("select count(*) from catalogue_version"));
    assertEquals(catalogue.checksum(), text("select checksum from catalogue_version"));
    assertEquals(
        "assess the probabilities of each risk that you have identified",
        text("select text from criterion where id = 'INSCS027.PC8'"));
  }

  @Test
  void loadingTheSameContentAgainChangesNothing() throws SQLException {
    sync(catalogue);
    assertFalse(sync(new CatalogueReader().read(CONTENT)).changed());
    assertEquals(1, count("select count(*) from catalogue_version"));
    assertEquals(catalogue.criteria().size(), count("select count(*) from criterion"));
  }

  @Test
  void aCriterionCanBeReworded() throws SQLException {
    sync(catalogue);
    Catalogue reworded =
        read(
            INSCS027,
            t ->
                t.replace(
                    "assess the probabilities of each risk", "assess the likelihood of each risk"));

    assertTrue(sync(reworded).changed());

    assertEquals(
        "assess the likelihood of each risk that you have identified",
        text("select text from criterion where id = 'INSCS027.PC8'"));
    assertEquals(2, count("select count(*) from catalogue_version"));
  }

  @Test
  void aCriterionNothingRefersToCanBeRemoved() throws SQLException {
    sync(catalogue);
    assertTrue(sync(withoutLastKnowledgeItem()).changed());
    assertEquals(0, count("select count(*) from criterion where id = 'INSCS027.K13'"));
  }

  @Test
  void aCriterionThatEvidenceRefersToIsNeverDeleted() throws SQLException {
    sync(catalogue);
    try (Connection connection = DriverManager.getConnection(url, "root", "embedded");
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "create table evidence_probe (criterion_id varchar(40) not null,"
              + " foreign key (criterion_id) references criterion (id))"
              + " default charset = utf8mb4 collate = utf8mb4_unicode_ci");
      statement.executeUpdate("insert into evidence_probe values ('INSCS027.K13')");
    }
    Catalogue withoutK13AndReworded =
        read(withoutLastKnowledgeItemText().replace("assess the probabilities", "assess the odds"));

    CatalogueException refused =
        assertThrows(CatalogueException.class, () -> sync(withoutK13AndReworded));

    assertTrue(
        refused
            .getMessage()
            .contains(
                "criterion INSCS027.K13 is no longer in the content, but evidence or a judgement refers to it"),
        refused.getMessage());
    assertEquals(1, count("select count(*) from criterion where id = 'INSCS027.K13'"));
    assertEquals(
        "assess the probabilities of each risk that you have identified",
        text("select text from criterion where id = 'INSCS027.PC8'"),
        "nothing of the refused content was stored");
    assertEquals(1, count("select count(*) from catalogue_version"));
  }

  static final String INSCS027 = "standards/INSCS027.yaml";

  private CatalogueStore.Result sync(Catalogue content) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "root", "embedded")) {
      connection.setAutoCommit(false);
      try {
        CatalogueStore.Result result = store.sync(connection, content);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private Catalogue withoutLastKnowledgeItem() {
    return read(withoutLastKnowledgeItemText());
  }

  private static String withoutLastKnowledgeItemText() {
    String text = CONTENT.get(INSCS027);
    return text.substring(0, text.indexOf("  - id: INSCS027.K13"));
  }

  private static Catalogue read(String inscs027) {
    Map<String, String> content = new HashMap<>(CONTENT);
    content.put(INSCS027, inscs027);
    return new CatalogueReader().read(content);
  }

  private static Catalogue read(String file, java.util.function.UnaryOperator<String> edit) {
    Map<String, String> content = new HashMap<>(CONTENT);
    content.put(file, edit.apply(content.get(file)));
    return new CatalogueReader().read(content);
  }

  private long count(String sql) throws SQLException {
    return Long.parseLong(text(sql));
  }

  private String text(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "root", "embedded");
        PreparedStatement query = connection.prepareStatement(sql);
        ResultSet rows = query.executeQuery()) {
      rows.next();
      return rows.getString(1);
    }
  }
}
