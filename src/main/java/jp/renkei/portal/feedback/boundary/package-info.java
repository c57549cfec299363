/**
 * The workflow ({@code ResidentsFeedback}) and the contract documents implement ({@code
 * CommentedDocument}, {@code CommentedDocuments}).
 */
package jp.renkei.portal.feedback.boundary;
