/**
 * Faces helpers shared by every page: messages and the redirect after a change, the one step runner
 * ({@code Steps}), error pages, security headers, public page caching, forms posting back to the
 * pretty address.
 */
package jp.renkei.portal.platform.web;
