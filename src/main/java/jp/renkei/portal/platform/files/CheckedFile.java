package jp.renkei.portal.platform.files;

/**
 * An uploaded file that passed the checks: a plain file name (no folders, no hidden or control
 * characters), a size within {@link #MAX_BYTES}, and content of the type its extension names.
 *
 * <pre>{@code
 * CheckedFile file = CheckedFile.check("資料1.pdf", bytes); // or FileRefused
 * }</pre>
 */
public record CheckedFile(String name, FileType type, long size) {

  public static final int MAX_BYTES = 10 * 1024 * 1024;
  public static final int MAX_NAME = 200;

  /** Checks a submitted file; {@code content} may be one byte longer than allowed, to tell. */
  public static CheckedFile check(String submittedName, byte[] content) {
    String name = checkName(submittedName);
    FileType type = FileType.byFileName(name).orElseThrow(() -> new FileRefused("file.error.type"));
    if (content.length == 0) {
      throw new FileRefused("file.error.empty");
    }
    if (content.length > MAX_BYTES) {
      throw new FileRefused("file.error.too-large");
    }
    if (!type.matches(content)) {
      throw new FileRefused("file.error.content");
    }
    return new CheckedFile(name, type, content.length);
  }

  private static String checkName(String name) {
    if (name == null || name.isBlank()) {
      throw new FileRefused("file.error.required");
    }
    if (name.contains("/") || name.contains("\\") || name.contains("..") || name.contains(":")) {
      throw new FileRefused("file.error.name-path");
    }
    if (name.startsWith(".")
        || name.length() > MAX_NAME
        || name.chars().anyMatch(c -> Character.isISOControl(c) || c == '"')) {
      throw new FileRefused("file.error.name-invalid");
    }
    return name.strip();
  }
}
