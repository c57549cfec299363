/**
 * The vision pages ({@code webapp/vision/}): the public vision with KPI charts, versions, editor,
 * changes, rounds and KPI actuals.
 */
package jp.renkei.portal.vision.web;
