/**
 * Entry points by activity: {@code Visions} (reading), {@code VisionDrafts} (drafting), {@code
 * VisionRounds} (per-partner rounds, 第6(5)), {@code VisionAdoption} (deliberation, public comment,
 * adoption, copies), {@code VisionKpis} (actuals) and {@code VisionFeedback} (the vision's side of
 * the residents' feedback).
 */
package jp.renkei.portal.vision.boundary;
