# Riskwise on the official Payara Micro image. Build the WAR first (mvn package), then:
#   docker build -t riskwise .
#   docker run -p 8080:8080 -e DB_URL=... -e DB_USER=... -e DB_PASSWORD=... -e RISKWISE_FLASH_SECRET=... riskwise
# The database is an external MySQL 8; nothing secret is in the image.
FROM payara/micro:6.2025.10-jdk17

USER root
RUN mkdir -p /var/lib/riskwise/files && chown -R payara:payara /var/lib/riskwise
USER payara

ENV RISKWISE_STORAGE_DIR=/var/lib/riskwise/files
# The JVM's memory bounds and collector, the same as mvn -Prun's (README, "Memory"); the java
# launcher reads JDK_JAVA_OPTIONS whatever the image's entry point. An explicit -Xmx wins over the
# image's own percentage of the container's memory.
ENV JDK_JAVA_OPTIONS="-Xms64m -Xmx256m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=128m -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError" \
    MALLOC_ARENA_MAX=2
VOLUME /var/lib/riskwise/files

# ROOT.war is served at http://host:8080/; the libraries it leaves to Payara's class path
# (pom.xml, server.libs) are given to Payara with --addlibs.
COPY --chown=payara:payara target/riskwise.war ${DEPLOY_DIR}/ROOT.war
COPY --chown=payara:payara target/server-lib /opt/payara/server-lib
# No Server or X-Powered-By banner, and one node's settings: no data grid, sessions in memory (the
# same files mvn -Prun and the integration tests use). README, "Running several nodes", for more.
COPY --chown=payara:payara src/main/payara/pre-boot-commands.asadmin src/main/payara/single-node.asadmin /opt/payara/

EXPOSE 8080
# Ready means start-up has finished, the database answers and the storage folder is writable. Uses bash only, so the
# check does not depend on curl being in the base image.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && head -n 1 <&3 | grep -q " 200 "'

CMD ["--deploymentDir", "/opt/payara/deployments", "--addlibs", "/opt/payara/server-lib", "--nohazelcast", "--postbootcommandfile", "/opt/payara/single-node.asadmin", "--prebootcommandfile", "/opt/payara/pre-boot-commands.asadmin"]
