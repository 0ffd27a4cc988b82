package io.riskwise.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The {@code ?page=&size=} of every list endpoint: pages count from 0, at most 100 items each. */
public class PageRequest {

  @QueryParam("page")
  @DefaultValue("0")
  @Min(value = 0, message = "Pages are numbered from 0.")
  private int page;

  @QueryParam("size")
  @DefaultValue("50")
  @Min(value = 1, message = "Ask for between 1 and 100 items a page.")
  @Max(value = Page.MAX_SIZE, message = "Ask for between 1 and 100 items a page.")
  private int size;

  public int page() {
    return page;
  }

  public int size() {
    return size;
  }
}
