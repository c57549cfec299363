package jp.renkei.portal.circle.boundary;

import java.math.BigDecimal;

/** A neighbour's commuting ratio to the central city, as other contexts read it. */
public record NeighbourRatio(String code, String name, BigDecimal ratio) {}
