/**
 * Versions of the vision with targets, initiatives, KPIs and actuals, comment rounds with comments
 * and answers, copies, and the adoption gate.
 */
package jp.renkei.portal.vision.entity;
