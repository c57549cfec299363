/** The public JSON API of circles and of the circles a municipality belongs to. */
package jp.renkei.portal.circle.rest;
