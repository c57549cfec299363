/**
 * The search page, the portal-wide list of drafts open for comment and their feeds, and what search
 * engines are told: {@code /robots.txt} and the sitemaps.
 */
package jp.renkei.portal.search.web;
