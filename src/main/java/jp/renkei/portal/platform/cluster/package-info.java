/**
 * What the instances of a cluster tell each other through Payara's own data grid: that a copy each
 * keeps in memory has changed ({@code ClusterSignals}). The database stays the one source of truth;
 * a signal only makes the others look sooner than their poll would.
 */
package jp.renkei.portal.platform.cluster;
