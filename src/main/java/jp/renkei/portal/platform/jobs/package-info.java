/**
 * Scheduled work on a cluster: the jobs the contexts provide ({@code ClusterJob}) run on the one
 * instance that holds a lease row in the shared database ({@code ClusterLease}), which another
 * instance takes over when the holder stops renewing it.
 */
package jp.renkei.portal.platform.jobs;
