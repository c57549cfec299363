/**
 * The JSON API's ground: the tenancy gate for {@code /api/v1/circles/{slug}/…} ({@code
 * CircleApiGate}), cacheable public responses with ETags, errors in the caller's language and texts
 * in both languages. The resources themselves are the contexts'.
 */
package jp.renkei.portal.platform.rest;
