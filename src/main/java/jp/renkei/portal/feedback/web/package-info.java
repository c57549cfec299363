/**
 * The residents' form and the opinions councils read (included by each document's page), the one
 * moderation page and the CSV export for every kind of document.
 */
package jp.renkei.portal.feedback.web;
