package io.riskwise.portfolio.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files on a real disk, kept by one node or by two sharing the folder. */
class EvidenceFilesTest {
  static final byte[] CONTENT = "Queue lengths: 14, 12, 5, 4".getBytes(StandardCharsets.UTF_8);

  @TempDir Path root;

  @Test
  void twoNodesKeepingTheSameContentAtOnceLeaveOneWholeFile() throws IOException {
    EvidenceFiles nodeA = new EvidenceFiles(root);
    EvidenceFiles nodeB = new EvidenceFiles(root);
    EvidenceFiles.Received a = nodeA.receive(new ByteArrayInputStream(CONTENT), 1_000);
    EvidenceFiles.Received b = nodeB.receive(new ByteArrayInputStream(CONTENT), 1_000);

    nodeA.keep(a);
    nodeB.keep(b);

    assertEquals(a.sha256(), b.sha256());
    assertArrayEquals(CONTENT, Files.readAllBytes(nodeA.path(a.sha256())));
    assertEquals(List.of(), incoming(), "no temporary file left");
    assertEquals(1, keptFiles());
  }

  @Test
  void aFolderThatCannotBeWrittenToIsReportedAsNotStored() throws IOException {
    Files.writeString(root.resolve("incoming"), "a file where the folder should be");
    EvidenceFiles files = new EvidenceFiles(root);

    assertThrows(
        EvidenceFiles.NotStored.class,
        () -> files.receive(new ByteArrayInputStream(CONTENT), 1_000));
  }

  @Test
  void aSenderWhoStopsHalfWayLeavesNothingAndIsNotAStorageFault() throws IOException {
    EvidenceFiles files = new EvidenceFiles(root);
    InputStream broken =
        new InputStream() {
          int sent;

          @Override
          public int read() throws IOException {
            if (sent++ > 100) {
              throw new IOException("connection reset");
            }
            return 'x';
          }
        };

    IOException failure = assertThrows(IOException.class, () -> files.receive(broken, 1_000));

    assertEquals(IOException.class, failure.getClass(), "the sender's fault, not the folder's");
    assertEquals(List.of(), incoming());
  }

  @Test
  void aFileOverTheLimitIsRefusedAndRemoved() throws IOException {
    EvidenceFiles files = new EvidenceFiles(root);

    assertThrows(
        EvidenceFiles.TooLarge.class,
        () -> files.receive(new ByteArrayInputStream(new byte[2_000]), 1_000));

    assertEquals(List.of(), incoming());
  }

  List<Path> incoming() throws IOException {
    try (Stream<Path> files = Files.list(root.resolve("incoming"))) {
      return files.toList();
    }
  }

  long keptFiles() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !f.getParent().endsWith("incoming"))
          .count();
    }
  }
}
