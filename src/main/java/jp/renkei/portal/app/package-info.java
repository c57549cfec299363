/**
 * The composition root: the few classes that know every context so that nothing else has to — the
 * JSON API's application ({@code ApiApplication}) that lists each context's resources with the
 * platform's tenancy gate. Nothing depends on this package; it holds no logic.
 */
package jp.renkei.portal.app;
