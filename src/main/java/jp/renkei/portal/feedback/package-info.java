/**
 * Residents' feedback on documents put to them (agreements under 要綱 第5(3)①, the vision's public
 * comment): one workflow for every kind of document — opinions with a flood limit, moderation that
 * hides with a reason and never deletes, responses, the published 意見と考え方 and the CSV export. A
 * document joins by implementing {@code CommentedDocuments}; this context knows no document.
 */
package jp.renkei.portal.feedback;
