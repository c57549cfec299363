/**
 * The agreement pages ({@code webapp/agreement/}): list, detail with council review and residents'
 * feedback form, editor, differences, and the central city's lifecycle actions.
 */
package jp.renkei.portal.agreement.web;
