/** The kinds of searchable documents and the change rows that keep the index current. */
package jp.renkei.portal.search.entity;
