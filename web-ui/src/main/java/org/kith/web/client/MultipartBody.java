package org.kith.web.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body of file parts, built in memory (photos are small). */
public final class MultipartBody {
  private final String boundary = "kith-" + UUID.randomUUID();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** Adds a file part; the file name is reduced to safe characters. */
  public MultipartBody file(String name, String fileName, String contentType, byte[] content) {
    String safeName = fileName == null ? "photo" : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\"; filename=\""
            + safeName
            + "\"\r\nContent-Type: "
            + (contentType == null ? "application/octet-stream" : contentType)
            + "\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  public byte[] bytes() {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(out.toByteArray());
    all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return all.toByteArray();
  }
}
