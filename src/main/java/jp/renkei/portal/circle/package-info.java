/**
 * Circles as tenants: the central city (or two acting jointly, 要綱 第9) and the partners with their
 * municipality codes, the public circle pages, the municipality look-up, and the facts kept about a
 * circle — declaration (第4), commuting ratios (第5(1)), eligibility (第3), who administers its
 * people. It implements the platform's {@code TenantDirectory}.
 */
package jp.renkei.portal.circle;
