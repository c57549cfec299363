package jp.renkei.portal.consultation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.renkei.portal.agreement.boundary.Agreements;
import jp.renkei.portal.circle.boundary.CircleProfile;
import jp.renkei.portal.circle.boundary.CurrentCircle;
import jp.renkei.portal.circle.boundary.MemberMunicipality;
import jp.renkei.portal.consultation.control.Cadence;
import jp.renkei.portal.consultation.control.Cadence.CadenceRow;
import jp.renkei.portal.consultation.control.ConsultationAccess;
import jp.renkei.portal.consultation.control.ConsultationRepository;
import jp.renkei.portal.consultation.entity.ActionItem;
import jp.renkei.portal.consultation.entity.AgendaItem;
import jp.renkei.portal.consultation.entity.Consultation;
import jp.renkei.portal.consultation.entity.ConsultationRefused;
import jp.renkei.portal.consultation.entity.ConsultationSlot;
import jp.renkei.portal.consultation.entity.ConsultationStatus;
import jp.renkei.portal.consultation.entity.Material;
import jp.renkei.portal.consultation.entity.MaterialContent;
import jp.renkei.portal.consultation.entity.SlotChoice;
import jp.renkei.portal.consultation.entity.SlotProposal;
import jp.renkei.portal.platform.files.CheckedFile;
import jp.renkei.portal.platform.security.SecretTokens;
import jp.renkei.portal.platform.tenancy.TenantContext;
import jp.renkei.portal.platform.time.JapanClock;
import jp.renkei.portal.platform.web.ForbiddenException;
import jp.renkei.portal.platform.web.NotFoundException;
import jp.renkei.portal.search.boundary.SearchIndexing;

/**
 * The mayoral consultations of the request's circle: proposing, answering, confirming, rescheduling
 * and cancelling; the agenda and its materials; action items; the cadence dashboard. The circle
 * comes from the {@link TenantContext}; every operation checks the caller here, whatever the page
 * showed. A consultation the caller may not see is a 404; a refused step throws {@link
 * ConsultationRefused} and changes nothing.
 *
 * <p>Longer than 300 lines because scheduling, the agenda and action items share the consultation's
 * access rules and locking.
 */
@ApplicationScoped
public class Consultations {

  public static final int PAGE_SIZE = 20;

  @Inject TenantContext tenant;
  @Inject CurrentCircle currentCircle;
  @Inject ConsultationAccess access;
  @Inject ConsultationRepository repository;
  @Inject Agreements agreements;
  @Inject JapanClock clock;
  @Inject ConsultationNews news;
  @Inject SearchIndexing indexing;

  /** A page (from 1) of the consultations the caller sees, newest first. */
  public ConsultationPage page(int page) {
    String municipality = visibleMunicipality();
    long total = repository.count(municipality);
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int current = Math.min(Math.max(1, page), pages);
    List<Consultation> consultations =
        repository.page(municipality, (current - 1) * PAGE_SIZE, PAGE_SIZE);
    return new ConsultationPage(consultations, current, pages, total);
  }

  /** The central city sees all; a partner's staff only their municipality's; others nothing. */
  private String visibleMunicipality() {
    if (access.runs()) {
      return null;
    }
    return access
        .ownPartnerMunicipality()
        .orElseThrow(() -> new ForbiddenException("consultations of " + circle().slug()));
  }

  /** One consultation with everything the caller may see of it; a 404 when they may not. */
  public ConsultationRead read(long id) {
    Consultation consultation = visible(id);
    List<AgendaItem> items = repository.agendaOf(id);
    Map<Long, List<Material>> materials =
        repository.materialsOf(items.stream().map(AgendaItem::id).toList()).stream()
            .collect(Collectors.groupingBy(Material::agendaItemId));
    List<AgendaEntry> agenda =
        items.stream()
            .map(i -> new AgendaEntry(i, materials.getOrDefault(i.id(), List.of())))
            .toList();
    Set<String> parties = access.parties(consultation);
    List<ActionItem> actions =
        repository.actionItemsFor(id).stream()
            .filter(a -> parties.contains(a.ownerCode()))
            .toList();
    return new ConsultationRead(
        consultation,
        members(consultation.participants()),
        agenda,
        actions,
        access.runs(),
        access.partyOfCaller(consultation).orElse(null));
  }

  /** Whom the central city may invite: its partners and the neighbours still in talks. */
  public List<MemberMunicipality> partners() {
    return circle().counterparts();
  }

  /** The central city proposes a consultation with candidate slots; returns its id. */
  @Transactional
  public long propose(
      String title, String purpose, Collection<String> partners, List<SlotProposal> slots) {
    requireRuns();
    Set<String> circlePartners =
        circle().counterparts().stream().map(MemberMunicipality::code).collect(Collectors.toSet());
    if (partners != null && !circlePartners.containsAll(partners)) {
      throw new ConsultationRefused("consultation.error.not-a-partner");
    }
    Consultation consultation =
        new Consultation(
            circle().id(), title, purpose, partners, slots, username(), clock.localNow());
    repository.add(consultation);
    repository.flush();
    indexing.changed(ConsultationSearch.NAME, consultation.id());
    news.proposed(consultation);
    return consultation.id();
  }

  /** An invited partner's office marks which slots work for its head. */
  @Transactional
  public void answer(long id, Map<Long, SlotChoice> choices) {
    indexing.changed(ConsultationSearch.NAME, id);
    Consultation consultation = forUpdate(id);
    String partner = invitedPartner(consultation);
    boolean waiting = !allAnswered(consultation);
    consultation.answer(partner, choices, username(), clock.localNow());
    if (waiting && allAnswered(consultation)) {
      news.allAnswered(consultation);
    }
  }

  /** Enters an attendee's answers under their name, beside the office's own. */
  @Transactional
  public void answerFor(long id, String attendee, Map<Long, SlotChoice> choices) {
    Consultation consultation = forUpdate(id);
    consultation.answerFor(
        invitedPartner(consultation), attendee, choices, username(), clock.localNow());
  }

  private String invitedPartner(Consultation consultation) {
    return access
        .invitedMunicipality(consultation)
        .orElseThrow(() -> new ConsultationRefused("consultation.error.not-invited"));
  }

  private static boolean allAnswered(Consultation consultation) {
    return ConsultationWork.allAnswered(consultation);
  }

  @Transactional
  public void confirm(long id, long slotId) {
    indexing.changed(ConsultationSearch.NAME, id);
    requireRuns();
    Consultation consultation = forUpdate(id);
    consultation.confirm(slotId);
    news.confirmed(consultation);
  }

  /**
   * The central city offers one more candidate slot while the poll is open: nobody's answers are
   * lost; the offices are asked about the new slot.
   */
  @Transactional
  public void addSlot(long id, SlotProposal slot) {
    indexing.changed(ConsultationSearch.NAME, id);
    requireRuns();
    Consultation consultation = forUpdate(id);
    ConsultationSlot added = consultation.addSlot(slot, clock.localNow());
    repository.flush();
    news.slotAdded(consultation, added);
  }

  @Transactional
  public void reschedule(long id, List<SlotProposal> slots, String reason) {
    indexing.changed(ConsultationSearch.NAME, id);
    requireRuns();
    Consultation consultation = forUpdate(id);
    consultation.reschedule(slots, reason, username(), clock.localNow());
    repository.flush();
    news.rescheduled(consultation, reason.strip());
  }

  @Transactional
  public void cancel(long id, String reason) {
    indexing.changed(ConsultationSearch.NAME, id);
    requireRuns();
    Consultation consultation = forUpdate(id);
    boolean hadTime = consultation.status() == ConsultationStatus.CONFIRMED;
    consultation.cancel(reason, username(), clock.localNow());
    news.cancelled(consultation, reason.strip(), hadTime);
  }

  /** A party proposes an agenda item in its municipality's name. */
  @Transactional
  public long addAgendaItem(long id, String title) {
    indexing.changed(ConsultationSearch.NAME, id);
    Consultation consultation = forUpdate(id);
    String party = partyOf(consultation);
    requireNotCancelled(consultation);
    AgendaItem item = new AgendaItem(id, title, party, username(), clock.localNow());
    repository.add(item);
    repository.flush();
    if (!access.runs()) {
      news.agendaProposed(consultation, item.title());
    }
    return item.id();
  }

  /**
   * A party attaches a material to an agenda item. The file is checked (name, size, type by its
   * content) before anything is stored; refused files leave nothing behind.
   */
  @Transactional
  public long attach(long id, long agendaItemId, String fileName, byte[] content) {
    indexing.changed(ConsultationSearch.NAME, id);
    Consultation consultation = forUpdate(id);
    partyOf(consultation);
    requireNotCancelled(consultation);
    AgendaItem item =
        repository
            .agendaItem(id, agendaItemId)
            .orElseThrow(() -> new NotFoundException("agenda item " + agendaItemId));
    CheckedFile file = CheckedFile.check(fileName, content);
    Material material =
        new Material(item.id(), file, SecretTokens.sha256(content), username(), clock.localNow());
    repository.add(material);
    repository.flush();
    repository.add(new MaterialContent(material.id(), content));
    return material.id();
  }

  /** A material for download, to the parties of its consultation only. */
  public MaterialDownload material(long materialId) {
    ConsultationRepository.MaterialOf found =
        repository
            .material(materialId)
            .filter(m -> access.sees(m.consultation()))
            .orElseThrow(() -> new NotFoundException("material " + materialId));
    byte[] content =
        repository
            .contentOf(found.material().id())
            .orElseThrow(() -> new NotFoundException("material " + materialId));
    return new MaterialDownload(found.material(), content);
  }

  /** A material and its bytes. */
  public record MaterialDownload(Material material, byte[] content) {}

  /** The central city records an action item agreed at a consultation. */
  @Transactional
  public void addActionItem(long id, String title, String owner, LocalDate dueOn) {
    indexing.changed(ConsultationSearch.NAME, id);
    requireRuns();
    Consultation consultation = forUpdate(id);
    if (owner == null || !access.parties(consultation).contains(owner)) {
      throw new ConsultationRefused("action.error.owner-not-a-party");
    }
    repository.add(new ActionItem(circle().id(), id, title, owner, dueOn));
  }

  /** The owner municipality's staff, or the central city, mark an action item done. */
  @Transactional
  public void markDone(long consultationId, long actionId) {
    indexing.changed(ConsultationSearch.NAME, consultationId);
    Consultation consultation = visible(consultationId);
    ActionItem item =
        repository
            .actionItem(actionId)
            .orElseThrow(() -> new NotFoundException("action item " + actionId));
    String party = partyOf(consultation);
    if (!access.runs() && !item.ownerCode().equals(party)) {
      throw new ConsultationRefused("action.error.not-owner");
    }
    item.markDone(username(), clock.today());
  }

  /**
   * The cadence of every partner (the central city), or of the caller's own municipality (a
   * partner's staff).
   */
  public List<CadenceRow> cadence() {
    Map<String, Integer> months = agreements.consultationMonthsInForce();
    List<Consultation> consultations = repository.scheduledOrConfirmed();
    LocalDateTime now = clock.localNow();
    List<String> partners =
        access.runs()
            ? circle().counterparts().stream().map(MemberMunicipality::code).toList()
            : List.of(
                access
                    .ownPartnerMunicipality()
                    .orElseThrow(() -> new ForbiddenException("cadence")));
    return partners.stream().map(p -> Cadence.of(p, months.get(p), consultations, now)).toList();
  }

  /**
   * The consultation for its calendar file, when the caller may see it and it has a time (a 404
   * while it is still being scheduled: there is no event yet).
   */
  public Consultation forCalendar(long id) {
    Consultation consultation = visible(id);
    if (consultation.status() == ConsultationStatus.SCHEDULING) {
      throw new NotFoundException("no time yet for consultation " + id);
    }
    return consultation;
  }

  Consultation visible(long id) {
    return repository
        .find(id)
        .filter(access::sees)
        .orElseThrow(() -> new NotFoundException("consultation " + id));
  }

  private Consultation forUpdate(long id) {
    return repository
        .findForUpdate(id)
        .filter(access::sees)
        .orElseThrow(() -> new NotFoundException("consultation " + id));
  }

  private String partyOf(Consultation consultation) {
    return access
        .partyOfCaller(consultation)
        .orElseThrow(() -> new ForbiddenException("consultation " + consultation.id()));
  }

  private static void requireNotCancelled(Consultation consultation) {
    if (consultation.status() == ConsultationStatus.CANCELLED) {
      throw new ConsultationRefused("consultation.error.cancelled");
    }
  }

  private void requireRuns() {
    if (!access.runs()) {
      throw new ForbiddenException("run consultations of " + circle().slug());
    }
  }

  List<MemberMunicipality> members(Collection<String> codes) {
    return codes.stream().map(c -> circle().member(c)).flatMap(java.util.Optional::stream).toList();
  }

  private String username() {
    return tenant.getCaller().username();
  }

  private CircleProfile circle() {
    return currentCircle.profile();
  }
}
