/** The search and municipality look-up of the public JSON API. */
package jp.renkei.portal.search.rest;
