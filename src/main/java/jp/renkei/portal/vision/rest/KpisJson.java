package jp.renkei.portal.vision.rest;

import java.util.List;
import jp.renkei.portal.vision.entity.VisionVersion;

/**
 * The adopted vision's KPIs as open data (要綱 第6(3)⑤): each with its baseline, target, the
 * initiatives it measures, the actuals reported so far and the published evaluations. The same
 * figures as {@code kpis.csv} and the vision's KPI page.
 */
public record KpisJson(
    String circle,
    int visionVersion,
    int periodStartFiscalYear,
    int periodEndFiscalYear,
    List<VisionJson.KpiJson> kpis) {

  static KpisJson of(String slug, VisionVersion v, VisionJson.Reported reported) {
    return new KpisJson(
        slug,
        v.number(),
        v.periodStart(),
        v.periodEnd(),
        v.kpis().stream().map(k -> VisionJson.kpi(k, reported)).toList());
  }
}
