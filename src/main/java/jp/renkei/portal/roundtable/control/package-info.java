/** The tenant-bound repository and the sector coverage of the registry. */
package jp.renkei.portal.roundtable.control;
