/** Hooks for the browser tests, off in production: move the clock, run a scheduled job at once. */
package jp.renkei.portal.platform.testing;
