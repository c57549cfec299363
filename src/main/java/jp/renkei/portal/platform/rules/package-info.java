/** What every context's rules share: the refusal of a step, with the message key that says why. */
package jp.renkei.portal.platform.rules;
