/**
 * Finding things: a full-text index of what the portal's pages show (Lucene with kuromoji's
 * Japanese analysis), derived from the database and kept current from the change rows the contexts
 * write with their changes; each hit is readable by exactly whom the page would show it to.
 */
package jp.renkei.portal.search;
