/** Members, meetings, sectors and the roundtable's rules. */
package jp.renkei.portal.roundtable.entity;
