package io.riskwise.platform.database;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The one connection pool of the application. Where it points comes from MicroProfile Config at
 * deploy time ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD} in the environment), so the
 * same WAR runs on the embedded MariaDB of {@code mvn -Prun} and on a production MySQL 8.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "com.mysql.cj.jdbc.MysqlDataSource",
    url = "${MPCONFIG=DB_URL}",
    user = "${MPCONFIG=DB_USER}",
    password = "${MPCONFIG=DB_PASSWORD}",
    minPoolSize = 2,
    maxPoolSize = 30,
    properties = {
      "characterEncoding=UTF-8",
      "useUnicode=true",
      "cachePrepStmts=true",
      "useServerPrepStmts=false",
      "rewriteBatchedStatements=true",
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data"
    })
public class Database {
  public static final String JNDI_NAME = "java:app/jdbc/riskwise";

  private Database() {}
}
