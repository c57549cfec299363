/**
 * Japan's local government register: prefectures, municipality codes with their check digit, and
 * the kinds of municipality. Reference facts every context speaks in.
 */
package jp.renkei.portal.platform.localgov;
