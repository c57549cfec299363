package jp.renkei.portal.circle.boundary;

import java.math.BigDecimal;

/**
 * A neighbour's commuting ratio to the central city, as other contexts read it, with the note on
 * why it does not take part (or null).
 */
public record NeighbourRatio(String code, String name, BigDecimal ratio, String note) {}
