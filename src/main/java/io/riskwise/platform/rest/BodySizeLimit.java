package io.riskwise.platform.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses JSON bodies over {@code riskwise.api.max-body-bytes} with 413 before reading them: by the
 * declared length when there is one, otherwise by counting while reading. File uploads (multipart)
 * have their own, larger limit {@code riskwise.upload.max-bytes}: a declared length beyond it is
 * refused here, and the upload itself is counted as it streams to disk, never held in memory.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter, ReaderInterceptor {

  @Inject
  @ConfigProperty(name = "riskwise.api.max-body-bytes", defaultValue = "1048576")
  int maxBytes;

  @Inject
  @ConfigProperty(name = "riskwise.upload.max-bytes", defaultValue = "26214400")
  long maxUploadBytes;

  @Inject
  @ConfigProperty(name = "riskwise.api.max-csv-bytes", defaultValue = "8388608")
  int maxCsvBytes;

  private static final MediaType CSV = new MediaType("text", "csv");

  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (isUpload(context.getMediaType())) {
      if (context.getLength() > maxUploadBytes + MULTIPART_ALLOWANCE) {
        context.abortWith(
            Problems.response(
                request,
                Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "payload-too-large",
                "The file is larger than the limit of " + maxUploadBytes / (1024 * 1024) + " MB."));
      }
    } else if (context.getLength() > limitFor(context.getMediaType())) {
      context.abortWith(tooLarge(limitFor(context.getMediaType())));
    }
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (isUpload(context.getMediaType())) {
      return context.proceed();
    }
    int limit = limitFor(context.getMediaType());
    try (InputStream in = context.getInputStream()) {
      byte[] body = in.readNBytes(limit + 1);
      if (body.length > limit) {
        throw new ProblemException(Response.status(413).build(), message(limit));
      }
      context.setInputStream(new ByteArrayInputStream(body));
    }
    return context.proceed();
  }

  /** Room for the form fields and part headers around an uploaded file. */
  private static final long MULTIPART_ALLOWANCE = 1024 * 1024;

  private static boolean isUpload(MediaType type) {
    return type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
  }

  /** Enrolment files (CSV) may hold 20,000 rows; every other body is small JSON. */
  private int limitFor(MediaType type) {
    return type != null && type.isCompatible(CSV) ? maxCsvBytes : maxBytes;
  }

  private Response tooLarge(int limit) {
    return Problems.response(
        request, Response.Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", message(limit));
  }

  private static String message(int limit) {
    return "The request body is larger than " + limit + " bytes.";
  }
}
