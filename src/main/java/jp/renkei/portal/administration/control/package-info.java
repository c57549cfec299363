/**
 * The invitations' store and the invitation e-mail (Jakarta Mail). No rules about who may do what:
 * those are the boundary's.
 */
package jp.renkei.portal.administration.control;
