package io.riskwise.catalogue.control;

import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.catalogue.entity.Criterion;
import io.riskwise.catalogue.entity.Link;
import io.riskwise.catalogue.entity.Standard;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Mirrors the catalogue into the database, where evidence can refer to criteria. Runs on the
 * caller's transaction: either the whole catalogue is stored or, when a criterion that something
 * refers to would disappear, nothing is changed and {@link CatalogueException} says which and why.
 * Storing the same content twice changes nothing.
 */
public class CatalogueStore {

  /** The outcome of a sync: whether the content was new, and its version. */
  public record Result(boolean changed, String checksum) {}

  public Result sync(Connection connection, Catalogue catalogue) throws SQLException {
    String current = latestChecksum(connection);
    if (catalogue.checksum().equals(current)) {
      return new Result(false, current);
    }
    upsertStandards(connection, catalogue.standards());
    upsertCriteria(connection, catalogue.standards());
    deleteRemoved(connection, catalogue);
    replaceLinks(connection, catalogue.links());
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into catalogue_version (checksum, loaded_at, standards, criteria)"
                + " values (?, ?, ?, ?)")) {
      insert.setString(1, catalogue.checksum());
      insert.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
      insert.setInt(3, catalogue.standards().size());
      insert.setInt(4, catalogue.criteria().size());
      insert.executeUpdate();
    }
    return new Result(true, catalogue.checksum());
  }

  public String latestChecksum(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "select checksum from catalogue_version order by id desc limit 1");
        ResultSet rows = query.executeQuery()) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  private static void upsertStandards(Connection connection, List<Standard> standards)
      throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "insert into standard (code, title, kind, position) values (?, ?, ?, ?)"
                + " on duplicate key update title = values(title), kind = values(kind),"
                + " position = values(position)")) {
      int position = 0;
      for (Standard standard : standards) {
        upsert.setString(1, standard.code());
        upsert.setString(2, standard.title());
        upsert.setString(3, standard.kind());
        upsert.setInt(4, ++position);
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  private static void upsertCriteria(Connection connection, List<Standard> standards)
      throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "insert into criterion (id, standard_code, kind, number, text, workplace_evidence,"
                + " parent_id, position) values (?, ?, ?, ?, ?, ?, ?, ?)"
                + " on duplicate key update standard_code = values(standard_code),"
                + " kind = values(kind), number = values(number), text = values(text),"
                + " workplace_evidence = values(workplace_evidence),"
                + " parent_id = values(parent_id), position = values(position)")) {
      for (Standard standard : standards) {
        for (Criterion criterion : standard.criteria()) {
          upsert.setString(1, criterion.id());
          upsert.setString(2, standard.code());
          upsert.setString(3, criterion.kind().label());
          upsert.setString(4, criterion.number());
          upsert.setString(5, criterion.text());
          upsert.setBoolean(6, criterion.workplaceEvidence());
          upsert.setString(7, criterion.parent());
          upsert.setInt(8, criterion.position());
          upsert.addBatch();
        }
      }
      upsert.executeBatch();
    }
  }

  private static void deleteRemoved(Connection connection, Catalogue catalogue)
      throws SQLException {
    Set<String> kept = catalogue.criteria().stream().map(Criterion::id).collect(Collectors.toSet());
    List<String> removed = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("select id from criterion");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        if (!kept.contains(rows.getString(1))) {
          removed.add(rows.getString(1));
        }
      }
    }
    List<String> refused = new ArrayList<>();
    try (PreparedStatement delete =
        connection.prepareStatement("delete from criterion where id = ?")) {
      for (String id : removed) {
        delete.setString(1, id);
        try {
          delete.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException referenced) {
          refused.add(
              "criterion "
                  + id
                  + " is no longer in the content, but evidence or a judgement"
                  + " refers to it. A criterion can be reworded, never deleted: put it back in"
                  + " standards/"
                  + id.substring(0, id.indexOf('.'))
                  + ".yaml.");
        }
      }
    }
    if (!refused.isEmpty()) {
      throw new CatalogueException(refused);
    }
    Map<String, Standard> standards =
        catalogue.standards().stream()
            .collect(Collectors.toMap(Standard::code, Function.identity()));
    Set<String> stored = new HashSet<>();
    try (PreparedStatement query = connection.prepareStatement("select code from standard");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        stored.add(rows.getString(1));
      }
    }
    try (PreparedStatement delete =
        connection.prepareStatement("delete from standard where code = ?")) {
      for (String code : stored) {
        if (!standards.containsKey(code)) {
          delete.setString(1, code);
          delete.executeUpdate();
        }
      }
    }
  }

  private static void replaceLinks(Connection connection, List<Link> links) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("delete from criterion_link")) {
      delete.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into criterion_link (from_id, to_id, source) values (?, ?, ?)")) {
      for (Link link : links) {
        insert.setString(1, link.from());
        insert.setString(2, link.to());
        insert.setString(3, link.source());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
