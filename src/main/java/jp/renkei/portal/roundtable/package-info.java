/**
 * The vision roundtable (連携中枢都市圏ビジョン懇談会, 要綱 第6(2)(4)) of a circle: a registry of members by sector
 * with their terms, which of the sectors the guideline names are covered, and the meetings with
 * agenda, attendance and minutes; minutes are published to the circle's notices.
 *
 * <p>The central city's staff keep the registry and the meetings. Roundtable members see the
 * meetings they belong to (their term covers the meeting); everybody sees the registry and the
 * meetings whose minutes are published. The vision's adoption gate (a later issue) asks this
 * context whether a draft was deliberated at a meeting.
 */
package jp.renkei.portal.roundtable;
