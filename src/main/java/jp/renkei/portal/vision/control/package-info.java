/**
 * Who may read and change the vision ({@code VisionAccess}), the tenant-bound repository and the
 * document's sections and their comparison.
 */
package jp.renkei.portal.vision.control;
