/**
 * The portal's home, a circle's public home and members' page, and the header's circle switcher.
 */
package jp.renkei.portal.circle.web;
