/**
 * Attaching files to a circle's documents and reading them through the rule of the document they
 * belong to ({@code AttachmentOwners}, implemented by the agreements, the vision and the notices).
 */
package jp.renkei.portal.attachment.boundary;
