/**
 * The public JSON API of published agreements ({@code /api/v1/circles/{slug}/agreements}); drafts
 * never appear.
 */
package jp.renkei.portal.agreement.rest;
