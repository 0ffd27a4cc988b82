package io.riskwise.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {
  UtcInstantConverter converter = new UtcInstantConverter();

  @Test
  void storesTheUtcWallClockWhateverTheLocalZone() {
    TimeZone original = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
      Instant instant = Instant.parse("2026-11-22T09:15:30.123456Z");
      LocalDateTime stored = converter.convertToDatabaseColumn(instant);
      assertEquals(LocalDateTime.parse("2026-11-22T09:15:30.123456"), stored);
      assertEquals(instant, converter.convertToEntityAttribute(stored));
    } finally {
      TimeZone.setDefault(original);
    }
  }

  @Test
  void keepsNullsNull() {
    assertNull(converter.convertToDatabaseColumn(null));
    assertNull(converter.convertToEntityAttribute(null));
  }
}
