/**
 * Groups of people one context knows from its own data and others address by name ({@code
 * PeopleGroups}): the inbox keeps the name with a notification and asks for the members when it
 * delivers.
 */
package jp.renkei.portal.platform.people;
