package jp.renkei.portal.consultation.boundary;

import java.util.List;
import jp.renkei.portal.consultation.entity.Consultation;

/** A page of consultations: {@code page} of {@code pages}, {@code total} in all. */
public record ConsultationPage(List<Consultation> consultations, int page, int pages, long total) {}
