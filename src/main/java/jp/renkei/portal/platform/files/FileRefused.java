package jp.renkei.portal.platform.files;

import jp.renkei.portal.platform.rules.Refusal;

/** An uploaded file that is not accepted: no name, empty, too large, or not what its name says. */
public class FileRefused extends Refusal {

  public FileRefused(String messageKey) {
    super(messageKey);
  }
}
