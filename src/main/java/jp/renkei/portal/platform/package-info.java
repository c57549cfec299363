/**
 * The ground floor: what every context needs and no context owns — tenancy (the one gate into a
 * circle), security (signing in, the caller), i18n, Japan's time and local governments, the
 * persistence setup, the JSON API's ground, Faces helpers, audit and health. Nothing here imports a
 * context; the build's {@code ArchitectureTest} fails if something does.
 */
package jp.renkei.portal.platform;
