package jp.renkei.portal.consultation.boundary;

import java.util.List;
import jp.renkei.portal.consultation.entity.AgendaItem;
import jp.renkei.portal.consultation.entity.Material;

/** An agenda item with its materials. */
public record AgendaEntry(AgendaItem item, List<Material> materials) {}
