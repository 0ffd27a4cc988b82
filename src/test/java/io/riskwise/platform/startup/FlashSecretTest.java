package io.riskwise.platform.startup;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class FlashSecretTest {

  @Test
  void aKeyOfSixteenTwentyFourOrThirtyTwoBytesIsAccepted() {
    for (int bytes : new int[] {16, 24, 32}) {
      assertDoesNotThrow(
          () -> FlashSecret.check(Base64.getEncoder().encodeToString(new byte[bytes])));
    }
  }

  @Test
  void aMissingWrongOrUnreplacedKeyStopsTheStartWithWhatToDo() {
    for (String bad :
        new String[] {
          null,
          "",
          "  ",
          "not base64!",
          Base64.getEncoder().encodeToString(new byte[20]),
          "${ENV=RISKWISE_FLASH_SECRET}"
        }) {
      IllegalStateException refused =
          assertThrows(IllegalStateException.class, () -> FlashSecret.check(bad));
      assertTrue(refused.getMessage().startsWith("RISKWISE_FLASH_SECRET"), refused.getMessage());
      assertTrue(refused.getMessage().contains("openssl rand -base64 32"), refused.getMessage());
    }
  }
}
