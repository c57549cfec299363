package jp.renkei.portal.consultation.entity;

/**
 * An uploaded file that passed the checks: a plain file name (no folders, no hidden or control
 * characters), a size within {@link #MAX_BYTES}, and content of the type its extension names.
 *
 * <pre>{@code
 * MaterialFile file = MaterialFile.check("資料1.pdf", bytes); // or ConsultationRefused
 * }</pre>
 */
public record MaterialFile(String name, MaterialType type, long size) {

  public static final int MAX_BYTES = 10 * 1024 * 1024;
  public static final int MAX_NAME = 200;

  /** Checks a submitted file; {@code content} may be one byte longer than allowed, to tell. */
  public static MaterialFile check(String submittedName, byte[] content) {
    String name = checkName(submittedName);
    MaterialType type =
        MaterialType.byFileName(name)
            .orElseThrow(() -> new ConsultationRefused("agenda.error.file-type"));
    if (content.length == 0) {
      throw new ConsultationRefused("agenda.error.file-empty");
    }
    if (content.length > MAX_BYTES) {
      throw new ConsultationRefused("agenda.error.file-too-large");
    }
    if (!type.matches(content)) {
      throw new ConsultationRefused("agenda.error.file-content");
    }
    return new MaterialFile(name, type, content.length);
  }

  private static String checkName(String name) {
    if (name == null || name.isBlank()) {
      throw new ConsultationRefused("agenda.error.file-required");
    }
    if (name.contains("/") || name.contains("\\") || name.contains("..") || name.contains(":")) {
      throw new ConsultationRefused("agenda.error.file-name-path");
    }
    if (name.startsWith(".")
        || name.length() > MAX_NAME
        || name.chars().anyMatch(c -> Character.isISOControl(c) || c == '"')) {
      throw new ConsultationRefused("agenda.error.file-name-invalid");
    }
    return name.strip();
  }
}
