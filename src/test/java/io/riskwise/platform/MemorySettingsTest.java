package io.riskwise.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM's memory settings are written in four places (README, "Memory"): mvn -Prun, the
 * Dockerfile, the README's production command and the integration tests' server. They must say the
 * same, or the figures measured under one would not hold for the others; only the test server's
 * heap is larger, because one server runs the whole suite.
 */
class MemorySettingsTest {

  @Test
  void mvnRunDockerTheTestServerAndTheReadmeUseTheSameJvmSettings() throws IOException {
    String run = find("pom.xml", "<run\\.java\\.options>([^<]+)</run\\.java\\.options>");
    assertTrue(run.contains("-Xmx"), "the heap has a ceiling: " + run);
    assertTrue(run.contains("-XX:MaxMetaspaceSize="), "so has the class metadata: " + run);
    assertEquals(run, find("Dockerfile", "JDK_JAVA_OPTIONS=\"([^\"]+)\""), "Dockerfile");
    assertEquals(
        run.replace("-Xmx256m", "-Xmx384m"),
        find("src/test/resources/arquillian.xml", "name=\"cmdOptions\">([^<]+)<"),
        "arquillian.xml");
    String readme = find("README.md", "```sh\\n(?:[^`]*\\n)?java (-Xms[^`]*?) \\\\\\n\\s+-jar");
    assertEquals(run, readme.replaceAll("\\s*\\\\\\n\\s*", " "), "README, Running against MySQL 8");
  }

  private static String find(String file, String regex) throws IOException {
    Matcher found = Pattern.compile(regex).matcher(Files.readString(Path.of(file)));
    assertTrue(found.find(), file + " has no " + regex);
    return found.group(1).trim();
  }
}
