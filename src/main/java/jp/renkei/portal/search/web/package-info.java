/** The search page, the portal-wide list of drafts open for comment and their feeds. */
package jp.renkei.portal.search.web;
