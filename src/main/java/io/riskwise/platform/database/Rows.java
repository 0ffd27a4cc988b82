package io.riskwise.platform.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Helpers for a feature's grouped native reads over a set of people. */
public final class Rows {
  private Rows() {}

  /** The ids as a SQL list, {@code 1,2,3}: numbers only, so nothing can be injected. */
  public static String idList(Collection<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  @SuppressWarnings("unchecked")
  public static List<Object[]> list(EntityManager em, String sql, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.getResultList();
  }

  public static long id(Object value) {
    return ((Number) value).longValue();
  }

  public static int count(Object value) {
    return value == null ? 0 : ((Number) value).intValue();
  }

  /** The day of a date or time column; null stays null. */
  public static LocalDate day(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toLocalDate();
    }
    if (value instanceof LocalDateTime time) {
      return time.toLocalDate();
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }
}
