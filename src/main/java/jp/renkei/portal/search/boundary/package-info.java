/**
 * The contract a context signs to be found ({@code SearchSource}), the change it records with its
 * changes ({@code SearchIndexing}), the search itself and the indexer that keeps each instance's
 * index current.
 */
package jp.renkei.portal.search.boundary;
