/** The register of circles and the tenant-bound store of a circle's facts. */
package jp.renkei.portal.circle.control;
