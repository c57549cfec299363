/**
 * Circles, their members, municipalities, the declaration, commuting ratios, eligibility facts (第3)
 * and administrators, with their rules. No CDI, no queries.
 */
package jp.renkei.portal.circle.entity;
