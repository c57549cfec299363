/**
 * The circle vision (連携中枢都市圏ビジョン, 要綱 第6): the document with the items of 第6(3) in versions, the
 * per-municipality comment rounds of 第6(5), adoption after the roundtable's deliberation and every
 * partner's sign-off, the copies and publication of 第6(6), residents' comments through the shared
 * feedback desk, and the KPIs with their yearly actuals.
 */
package jp.renkei.portal.vision;
