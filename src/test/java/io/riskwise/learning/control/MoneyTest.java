package io.riskwise.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "15000|15000",
        "15,000|15000",
        "£15,000.00|15000.00",
        " £ 11,111.02 |11111.02",
        "1,234,567|1234567",
        "-£50|-50",
        "-50.5|-50.5",
        "0.5|0.5",
        ".5|.5",
        "2.41|2.41"
      })
  void readsAmountsAsPeopleTypeThem(String typed, String amount) {
    assertEquals(Optional.of(new BigDecimal(amount)), Money.read(typed));
  }

  @ParameterizedTest(name = "\"{0}\" is not an amount")
  @ValueSource(strings = {"", "many", "15,00", "1,5000", "££5", "5£", "1.2.3", "$15", "15 000x"})
  void refusesWhatIsNotAnAmount(String typed) {
    assertEquals(Optional.empty(), Money.read(typed));
  }
}
