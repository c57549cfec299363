/** The roundtable pages ({@code webapp/roundtable/}): registry and meeting. */
package jp.renkei.portal.roundtable.web;
