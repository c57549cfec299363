/** The Lucene index of one instance: Japanese analysis, writing, searching and highlighting. */
package jp.renkei.portal.search.control;
