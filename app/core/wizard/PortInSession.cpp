#include "PortInSession.h"
#include "common/Logging.h"
#include "common/Redaction.h"
#include "domain/validation/FieldNames.h"
#include "domain/validation/NumberRules.h"
#include "domain/validation/PortInValidator.h"
#include "registry/AuthorizationRecords.h"
#include "registry/OrderRegistry.h"
#include "registry/SendJournal.h"
#include "telegent/Endpoints.h"
#include "telegent/TelegentClient.h"
#include "telegent/operations/SubmitPortIn.h"

#include <QDateTime>
#include <QLocale>
#include <utility>

namespace portdesk {

using namespace FieldName;

PortInSession::PortInSession(TelegentClient *client, OrderRegistry *registry, DraftStore *drafts, QString who,
                             QObject *parent)
    : PortInSession(client ? client->clock() : nullptr, std::move(who), parent)
{
    m_client = client;
    m_registry = registry;
    readAuthorizationRules();
    m_draft.setStore(drafts);
    m_eligibility.setClient(client);
    followScheduler();
}

PortInSession::PortInSession(Clock *clock, QString who, QObject *parent)
    : QObject(parent), m_clock(clock ? clock : new SystemClock(this)), m_client(nullptr), m_registry(nullptr),
      m_draft(m_clock), m_who(std::move(who)), m_eligibility(m_clock)
{
    m_values.insert(TargetPortinClassification, Classification::Mvno);
    connect(&m_draft, &SessionDraft::due, this, &PortInSession::saveDraft);
    connect(&m_draft, &SessionDraft::saveFailed, this, &PortInSession::draftSaveFailed);
    connect(&m_eligibility, &NumberEligibility::stateChanged, this, &PortInSession::eligibilityChanged);
    connect(&m_eligibility, &NumberEligibility::answered, this, &PortInSession::onEligibilityAnswered);
}

void PortInSession::followScheduler()
{
    disconnect(m_retryNotice); // the previous client's, if any
    if (!m_client)
        return;
    // A submit Telegent asked to wait for (429/503 Retry-After): the review page says until when.
    m_retryNotice = connect(m_client->scheduler(), &RequestScheduler::retryScheduled, this,
                            [this](const QString &label, qint64 atMs) {
                                if (m_submit == Submit::Sending && label.endsWith(endpoint::PortIn)) {
                                    m_retryAtMs = atMs;
                                    emit changed();
                                }
                            });
}

PortInSession::~PortInSession()
{
    if (m_touchTimer)
        m_clock->cancel(m_touchTimer);
    if (m_draft.isPending()) {
        m_draft.cancel();
        saveDraft(); // the last keystrokes before a close are not lost
    }
}

QStringList PortInSession::fieldsOf(Page page)
{
    switch (page) {
    case Page::Number:
        return {PortInNumber, TargetPortinClassification};
    case Page::Account:
        return {CurrentCarrierName, CurrentAccountNumber, CurrentAccountPassword, SubscriberName};
    case Page::Address:
        return {Street1, Street2, City, State, Zip, Iccid};
    case Page::Authorization:
        return {AccountHolder, AuthorizingPerson, TextTo};
    case Page::Review:
        break;
    }
    return {};
}

namespace {
// The draft's keys for the authorization state (values of the session's hash, never sent).
const QString kDraftAuthorization = QStringLiteral("_authorization");
const QString kDraftResumes = QStringLiteral("_resumes");
const QString kDraftTexts = QStringLiteral("_texts");
} // namespace

void PortInSession::setValue(const QString &field, const QString &value, Cursor cursor)
{
    if (m_values.value(field) == value)
        return;
    if (field == CurrentAccountPassword)
        redaction::registerSecret(value.trimmed());
    // The texts go to the ported number unless the agent typed another one.
    if (field == PortInNumber && TextConsentStep::isDefaultTo(m_values.value(TextTo), m_values.value(PortInNumber)))
        m_values.insert(TextTo, TextConsentStep::defaultTo(value));
    m_values.insert(field, value);
    scheduleTouch(field);
    // A server finding about a field is answered by editing that field.
    m_serverIssues.erase(std::remove_if(m_serverIssues.begin(), m_serverIssues.end(),
                                        [&](const FieldIssue &i) { return i.field == field; }),
                         m_serverIssues.end());
    if (m_submit == Submit::Failed)
        m_submit = Submit::Idle;
    if (field == PortInNumber || field == TargetPortinClassification)
        scheduleEligibility(cursor);
    if (field == CurrentCarrierName)
        m_prefilledCarrier.clear(); // the agent's own word now
    if (field == AccountHolder)
        m_prefilledHolder.clear();
    if (field == SubscriberName &&
        (m_values.value(AccountHolder).isEmpty() || m_values.value(AccountHolder) == m_prefilledHolder)) {
        m_values.insert(AccountHolder, value.trimmed()); // the holder is usually the subscriber
        m_prefilledHolder = value.trimmed();
        if (m_authorization.kind == Authorization::Kind::Verbal)
            m_authorization = {};
    }
    // The customer agreed to this number, from this carrier, as this person: not to another.
    if (AuthorizationStep::voids(field) && m_authorization.kind == Authorization::Kind::Verbal)
        m_authorization = {};
    m_draft.saveSoon();
    emit changed();
}

void PortInSession::scheduleTouch(const QString &field)
{
    if (m_touchTimer)
        m_clock->cancel(m_touchTimer);
    m_touchTimer = 0;
    if (!m_typingField.isEmpty() && m_typingField != field)
        m_touched.insert(m_typingField); // typing moved on: the field before is done
    m_typingField.clear();
    m_touched.remove(field); // typed into again: neutral until it pauses or is left
    if (field == PortInNumber && isCompletePortInNumber(value(field))) {
        m_touched.insert(field); // a number that cannot grow is finished: say what is wrong at once
        return;
    }
    m_typingField = field;
    m_touchTimer = m_clock->callAfter(kTypingPauseMs, this, [this] {
        m_touchTimer = 0;
        touch(std::exchange(m_typingField, QString()));
    });
}

QString PortInSession::pageName(Page page)
{
    switch (page) {
    case Page::Number:
        return QStringLiteral("number");
    case Page::Account:
        return QStringLiteral("account");
    case Page::Address:
        return QStringLiteral("address");
    case Page::Authorization:
        return QStringLiteral("authorization");
    case Page::Review:
        return QStringLiteral("review");
    }
    return {};
}

void PortInSession::setCurrentPage(Page page)
{
    if (m_page == page)
        return;
    m_page = page;
    if (hasData() && m_submit != Submit::Done)
        m_draft.saveSoon(); // the draft remembers where the agent was
}

void PortInSession::touch(const QString &field)
{
    if (!m_touched.contains(field)) {
        m_touched.insert(field);
        emit changed();
    }
}

void PortInSession::touchPage(Page page)
{
    for (const QString &f : fieldsOf(page))
        m_touched.insert(f);
    emit changed();
}

PortInRequest PortInSession::rawRequest() const
{
    PortInRequest r;
    r.portInNumber = value(PortInNumber);
    r.currentCarrierName = value(CurrentCarrierName);
    r.currentAccountNumber = value(CurrentAccountNumber);
    r.currentAccountPassword = value(CurrentAccountPassword);
    r.currentBillingAddress = {value(Street1), value(Street2), value(City), value(State), value(Zip)};
    r.iccid = value(Iccid);
    r.targetPortinClassification = value(TargetPortinClassification);
    r.subscriberName = value(SubscriberName);
    return r;
}

PortInRequest PortInSession::request() const
{
    return normalizedPortInRequest(rawRequest());
}

bool PortInSession::hasData() const
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (it.key() != TargetPortinClassification && !it.value().trimmed().isEmpty())
            return true;
    }
    return false;
}

FieldIssues PortInSession::issues() const
{
    const OpenOrderLookup lookup = [this](const QString &e164) { return openOrderOtherThanResumed(e164); };
    FieldIssues all = validatePortInRequest(rawRequest(), lookup);
    all += AuthorizationStep::issues(m_values);
    all += TextConsentStep::issues(m_values, m_textAnswer.agreed);
    all += m_eligibility.issues();
    all += m_serverIssues;
    return all;
}

QString PortInSession::openOrderOtherThanResumed(const QString &e164) const
{
    const QString id = m_registry && m_registry->isOpen() ? m_registry->openOrderFor(e164) : QString();
    return id == m_resumes ? QString() : id; // the waiting port-in this one continues holds it
}

QString PortInSession::holdingOrder() const
{
    // As the validation looks it up: only a number that passed its own rules.
    const NumberCheck check = checkPortInNumber(value(PortInNumber));
    if (check.e164.isEmpty() || hasErrors(check.issues))
        return {};
    return openOrderOtherThanResumed(check.e164);
}

FieldIssues PortInSession::issuesFor(const QString &field) const
{
    return portdesk::issuesFor(issues(), field);
}

bool PortInSession::isPageComplete(Page page) const
{
    const FieldIssues all = issues();
    if (page == Page::Review)
        return !hasErrors(all) && m_step.missing(m_authorization).isEmpty();
    for (const QString &f : fieldsOf(page)) {
        if (hasErrors(portdesk::issuesFor(all, f)))
            return false;
    }
    if (page == Page::Authorization)
        return m_step.missing(m_authorization).isEmpty();
    // The number page waits for the eligibility answer (or for it to be unreachable).
    if (page == Page::Number)
        return eligibility() == Eligibility::Eligible || eligibility() == Eligibility::Unreachable;
    return true;
}

void PortInSession::scheduleEligibility(Cursor cursor)
{
    const NumberCheck check = checkPortInNumber(value(PortInNumber));
    const bool checkable =
        !check.e164.isEmpty() && !hasErrors(check.issues) && openOrderOtherThanResumed(check.e164).isEmpty();
    m_eligibility.schedule(check.e164, value(TargetPortinClassification), checkable,
                           isCompletePortInNumber(value(PortInNumber)) && cursor == Cursor::AtEnd);
}

void PortInSession::onEligibilityAnswered()
{
    // Prefill the losing carrier unless the agent already typed one.
    const QString carrier = eligibilityResult().currentCarrier;
    if (eligibility() == Eligibility::Eligible && !carrier.isEmpty() &&
        (value(CurrentCarrierName).isEmpty() || value(CurrentCarrierName) == m_prefilledCarrier)) {
        m_values.insert(CurrentCarrierName, carrier);
        m_prefilledCarrier = carrier;
    }
    emit eligibilityChanged();
    emit changed();
}

QString PortInSession::waitingText() const
{
    if (m_submit != Submit::Sending)
        return {};
    RequestScheduler *s = m_client->scheduler();
    const qint64 now = m_client->clock()->nowMs();
    if (s->pausedUntilMs() > now)
        return tr("Telegent asked PortDesk to slow down. The port-in is queued and goes out at %1; nothing is lost.")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(s->pausedUntilMs()).toLocalTime().time(),
                                    QLocale::LongFormat));
    if (m_retryAtMs > now)
        return tr("Telegent asked PortDesk to wait. The port-in was not processed and goes out again at %1; "
                  "nothing is lost.")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_retryAtMs).toLocalTime().time(),
                                    QLocale::LongFormat));
    const qint64 wait = s->budget().msUntilAvailable(Priority::Interactive, now);
    if (wait > 0)
        return tr("The account's request budget is used up for this minute. The port-in is queued and goes "
                  "out at %1; nothing is lost.")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(now + wait).toLocalTime().time(),
                                    QLocale::LongFormat));
    return tr("Sending to Telegent...");
}

void PortInSession::submit()
{
    if (m_submit == Submit::Sending || m_submit == Submit::Done)
        return;
    if (m_submit == Submit::UnknownOutcome)
        return; // never again by itself: the agent must check the orders view first
    for (Page p : {Page::Number, Page::Account, Page::Address, Page::Authorization})
        touchPage(p);
    if (hasErrors(issues()))
        return;
    m_error = {};
    m_failedField.clear();
    // Telegent Best Practices §8.2: submit only once the customer authorized the port - as the
    // team's rule says now.
    readAuthorizationRules();
    if (const QString missing = m_step.missing(m_authorization); !missing.isEmpty()) {
        m_submit = Submit::Failed;
        m_error.kind = ApiError::Kind::Validation;
        m_error.message = missing;
        m_failedField = AccountHolder;
        emit submitStateChanged();
        emit changed();
        return;
    }
    if (!m_client) { // built before the desk's mode was known, and still not told
        m_submit = Submit::Failed;
        m_error.kind = ApiError::Kind::Configuration;
        m_error.message = tr("PortDesk is not connected to Telegent yet: nothing was sent. Submit again once "
                             "training or live mode is set.");
        emit submitStateChanged();
        emit changed();
        return;
    }
    const PortInRequest outgoing = request();
    // Written ahead, with the number claimed, before anything leaves: if the registry cannot
    // record it, nothing is sent and the agent is told why (the file and the cause).
    qint64 intent = 0;
    if (m_registry) {
        SendJournal journal(m_registry, m_who);
        journal.setAuthorization(m_authorization, m_resumes);
        journal.setTextConsent(textConsent());
        intent = journal.beforeSubmit(outgoing.portInNumber, m_client->clock()->nowMs(), &m_error);
        if (!intent) {
            m_submit = Submit::Failed;
            if (m_error.fieldErrors.contains(PortInNumber)) { // the number is held: say so at the field
                m_failedField = PortInNumber;
                m_serverIssues.append(
                    {FieldIssue::Severity::Error, PortInNumber, QStringLiteral("server"), m_error.message});
            }
            qCWarning(lcApp).noquote() << "submit not sent:" << m_error.summary();
            emit submitStateChanged();
            emit changed();
            return;
        }
    }
    m_submit = Submit::Sending;
    auto *op = new SubmitPortIn(m_client, outgoing, this);
    connect(op, &ApiOperation::finished, this, [this, op, intent] { onSubmitFinished(op, intent); });
    op->start();
    emit submitStateChanged();
}

void PortInSession::onSubmitFinished(SubmitPortIn *op, qint64 intent)
{
    op->deleteLater();
    const qint64 now = m_client->clock()->nowMs();
    m_error = op->error();
    SendJournal::Outcome outcome = op->ok()                   ? SendJournal::Outcome::Ordered
                                   : m_error.outcomeUnknown() ? SendJournal::Outcome::Unknown
                                                              : SendJournal::Outcome::Refused;
    if (m_registry) {
        // Recorded before anything else: Telegent cannot list orders, this row is the only trace.
        SendJournal journal(m_registry, m_who);
        journal.setAuthorization(m_authorization, m_resumes);
        journal.setTextConsent(textConsent());
        const SendJournal::Answer a =
            journal.afterSubmit(intent, op->request(), op->ok(), op->result(), op->error(), now);
        outcome = a.outcome;
        m_error = a.error;
    }
    if (op->ok())
        m_result = op->result();
    if (outcome == SendJournal::Outcome::Ordered) {
        m_submit = Submit::Done;
        m_draft.remove();
    } else if (outcome != SendJournal::Outcome::Refused) {
        m_submit = Submit::UnknownOutcome; // sent: never again by itself
    } else {
        m_submit = Submit::Failed;
        for (auto it = m_error.fieldErrors.cbegin(); it != m_error.fieldErrors.cend(); ++it) {
            if (it.key() == QLatin1String("$"))
                continue;
            m_serverIssues.append(
                {FieldIssue::Severity::Error, it.key(), QStringLiteral("server"), it.value().join(QLatin1Char(' '))});
            if (m_failedField.isEmpty())
                m_failedField = it.key();
        }
    }
    qCInfo(lcApp).noquote() << "submit finished:"
                            << (outcome == SendJournal::Outcome::Ordered ? m_result.orderId : m_error.summary());
    emit submitStateChanged();
    emit changed();
    if (m_nextConnection.waiting)
        applyConnection(); // recorded above where it was sent: now the switch the desk made meanwhile
}

void PortInSession::setConnection(TelegentClient *client, OrderRegistry *registry, DraftStore *drafts)
{
    m_nextConnection = {client, registry, drafts, true};
    if (m_submit != Submit::Sending)
        applyConnection();
}

void PortInSession::applyConnection()
{
    const Connection next = std::exchange(m_nextConnection, {});
    // A session built before the desk's mode was known gets its draft store only now.
    const bool restore =
        m_restoreOnConnect && !m_draft.store() && next.drafts && !hasData() && m_submit == Submit::Idle;
    if (next.drafts != m_draft.store())
        m_draft.remove(); // the values move with the agent, to the new mode's draft
    if (std::exchange(m_client, next.client) != m_client)
        followScheduler();
    m_eligibility.setClient(m_client);
    m_registry = next.registry;
    readAuthorizationRules();
    m_draft.setStore(next.drafts);
    if (m_submit == Submit::Failed)
        m_submit = Submit::Idle; // a refusal by the old target says nothing about the new one
    if (m_submit != Submit::Done && hasData())
        m_draft.saveSoon();
    const bool restored = restore && restoreDraft(); // it checks the restored number itself
    // An answer of the old target is no answer here: ask the new one (never re-sending the old
    // request, whose answer is dropped) - unless this port-in is already sent.
    if (!restored && m_submit != Submit::Done && m_submit != Submit::UnknownOutcome)
        scheduleEligibility();
    emit eligibilityChanged();
    emit submitStateChanged();
    emit changed();
    if (restored)
        emit draftRestored();
}

void PortInSession::reset()
{
    m_eligibility.clear();
    m_values.clear(); // the PIN with everything else
    m_values.insert(TargetPortinClassification, Classification::Mvno);
    m_touched.clear();
    if (m_touchTimer)
        m_clock->cancel(m_touchTimer);
    m_touchTimer = 0;
    m_typingField.clear();
    m_page = Page::Number;
    m_serverIssues.clear();
    m_prefilledCarrier.clear();
    m_prefilledHolder.clear();
    m_authorization = {};
    m_resumes.clear();
    m_textAnswer = {};
    readAuthorizationRules(); // a new port-in follows the team's rules as they are now
    m_submit = Submit::Idle;
    m_result = {};
    m_error = {};
    m_failedField.clear();
    m_restoredAt = 0;
    m_restoredPage = Page::Number;
    m_draft.remove();
    emit eligibilityChanged();
    emit submitStateChanged();
    emit changed();
}

void PortInSession::saveDraft()
{
    if (m_submit == Submit::Done) // a sent port-in is no draft
        return;
    QHash<QString, QString> values = hasData() ? m_values : QHash<QString, QString>();
    if (!values.isEmpty()) { // the authorization state with it (never the PIN: SessionDraft drops it)
        values.insert(kDraftAuthorization, m_authorization.toRecord());
        values.insert(kDraftResumes, m_resumes);
        TextConsent texts = m_textAnswer; // the answer; the number and language are fields of their own
        texts.to = value(TextTo);
        values.insert(kDraftTexts, texts.toRecord());
    }
    m_draft.save(values, pageName(m_page));
}

bool PortInSession::restoreDraft()
{
    const SessionDraft::Saved saved = m_draft.load();
    if (saved.values.isEmpty())
        return false;
    for (auto it = saved.values.cbegin(); it != saved.values.cend(); ++it)
        m_values.insert(it.key(), it.value());
    m_authorization = Authorization::fromRecord(m_values.take(kDraftAuthorization));
    m_resumes = m_values.take(kDraftResumes);
    m_textAnswer = TextConsent::fromRecord(m_values.take(kDraftTexts));
    m_restoredAt = saved.savedAtMs > 0 ? saved.savedAtMs : m_clock->nowMs();
    m_restoredPage = Page::Number;
    for (Page p : {Page::Account, Page::Address, Page::Authorization, Page::Review}) {
        if (pageName(p) == saved.page)
            m_restoredPage = p;
    }
    m_page = m_restoredPage;
    for (Page p : {Page::Number, Page::Account, Page::Address, Page::Authorization})
        touchPage(p);
    scheduleEligibility();
    emit changed();
    return true;
}

void PortInSession::recordVerbalAuthorization(bool agreed)
{
    readAuthorizationRules(); // the script and rule the customer's yes is recorded under
    m_authorization = agreed ? m_step.verbal(m_values, m_who, m_clock->nowMs()) : Authorization();
    if (m_submit == Submit::Failed)
        m_submit = Submit::Idle;
    m_draft.saveSoon();
    emit changed();
}

TextConsent PortInSession::textConsent() const
{
    if (!m_textAnswer.asked)
        return {};
    return TextConsentStep::answer(m_values, m_textAnswer.agreed, m_textAnswer.agent, m_textAnswer.atMs);
}

void PortInSession::answerTextConsent(bool agreed)
{
    if (m_textAnswer.asked && m_textAnswer.agreed == agreed)
        return; // the same answer again keeps when it was first given
    m_textAnswer = {};
    m_textAnswer.asked = true;
    m_textAnswer.agreed = agreed;
    m_textAnswer.agent = m_who;
    m_textAnswer.atMs = m_clock->nowMs();
    if (m_submit == Submit::Failed)
        m_submit = Submit::Idle;
    m_draft.saveSoon();
    emit changed();
}

QString PortInSession::parkAwaitingLoa(QString *error)
{
    if (!m_registry || !m_registry->isOpen()) {
        *error = tr("PortDesk is not connected to an order database yet: nothing was kept.");
        return {};
    }
    const QString id = AuthorizationRecords(m_registry, m_who)
                           .recordAwaiting(request(), AuthorizationStep::pendingLoa(m_values, m_who, m_clock->nowMs()),
                                           m_clock->nowMs(), error);
    if (!id.isEmpty())
        reset(); // kept without the PIN; the agent asks for it again when the signature is back
    return id;
}

bool PortInSession::resume(const QString &awaitingId, QString *error)
{
    const OrderRecord *r = m_registry ? m_registry->find(awaitingId) : nullptr;
    const Authorization *a = r ? m_registry->authorization(awaitingId) : nullptr;
    if (!r || !r->awaitingAuthorization || isTerminal(r->group) || !a) {
        *error = tr("%1 is not a port-in waiting for its LOA.").arg(awaitingId);
        return false;
    }
    reset();
    m_values.insert(PortInNumber, r->number);
    m_values.insert(CurrentCarrierName, r->carrier);
    m_values.insert(CurrentAccountNumber, r->accountNumber);
    m_values.insert(SubscriberName, r->subscriber);
    m_values.insert(Street1, r->address.street1);
    m_values.insert(Street2, r->address.street2);
    m_values.insert(City, r->address.city);
    m_values.insert(State, r->address.state);
    m_values.insert(Zip, r->address.zip);
    m_values.insert(Iccid, r->iccid);
    if (!r->classification.isEmpty())
        m_values.insert(TargetPortinClassification, r->classification);
    m_values.insert(AccountHolder, a->accountHolder);
    m_values.insert(AuthorizingPerson, a->authorizingPerson);
    m_values.insert(TextTo, TextConsentStep::defaultTo(r->number));
    m_authorization = *a;
    m_resumes = awaitingId;
    for (Page p : {Page::Number, Page::Address, Page::Authorization})
        touchPage(p);
    scheduleEligibility();
    m_draft.saveSoon();
    emit changed();
    return true;
}

} // namespace portdesk
