/**
 * Text helpers: differences between texts (java-diff-utils) and numbers and dates as people type
 * them.
 */
package jp.renkei.portal.platform.text;
