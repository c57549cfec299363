/** The public JSON API of the adopted vision. */
package jp.renkei.portal.vision.rest;
