/**
 * Entry points: {@code Agreements} (reading, drafting), {@code AgreementLifecycle} (every step with
 * its gate), {@code CouncilReview} (council members' clause comments), {@code AgreementFeedback}
 * (the agreements' side of the residents' feedback), {@code PublishedAgreements} (what the API
 * shows). The caller's role is checked here on every operation.
 */
package jp.renkei.portal.agreement.boundary;
