/**
 * The administration's pages ({@code webapp/administration/}): circles, one circle, people, drift,
 * audit and the invitation page. Views read through the boundaries and run steps through {@code
 * platform.web.Steps}.
 */
package jp.renkei.portal.administration.web;
