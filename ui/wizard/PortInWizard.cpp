#include "PortInWizard.h"
#include "AccountPage.h"
#include "AddressPage.h"
#include "AuthorizationPage.h"
#include "NumberPage.h"
#include "ResultPage.h"
#include "ReviewPage.h"

#include "domain/validation/FieldNames.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QShortcut>

namespace portdesk::ui {

PortInWizard::PortInWizard(PortInSession *session, bool training, QWidget *parent, Build build)
    : QWizard(parent), m_session(session), m_number(new NumberPage(session, training, this))
{
    setWindowTitle(tr("New port-in"));
    setWizardStyle(QWizard::ClassicStyle); // the same on every platform: agents move between desks
    // "New port-in" is a custom button shown on the result page only (the option is set there):
    // laid out from the start it would cost the first page a second layout.
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButton);
    setButtonText(QWizard::CustomButton1, tr("&New port-in"));
    button(QWizard::CustomButton1)->setVisible(false);
    setPage(NumberPageId, m_number);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            startNew();
    });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        setOption(QWizard::HaveCustomButton1, id == ResultPageId);
        if (auto *p = qobject_cast<SessionPage *>(page(id)))
            m_session->setCurrentPage(p->sessionPage());
        focusFirstField();
    });
    connect(session, &PortInSession::eligibilityChanged, this, &PortInWizard::continueRestore);
    connect(m_number, &NumberPage::credentialsRequested, this, &PortInWizard::credentialsRequested);
    connect(m_number, &NumberPage::showOrderRequested, this, &PortInWizard::showOrderRequested);
    connect(session, &PortInSession::submitStateChanged, this, &PortInWizard::onSubmitStateChanged);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *submit = new QShortcut(keys, this);
        connect(submit, &QShortcut::activated, this, [this] {
            if (currentId() == ReviewPageId)
                next();
        });
    }
    if (build == Build::AllPages)
        addLaterPages();
}

void PortInWizard::addLaterPages()
{
    if (m_review)
        return;
    // Building them, and QWizard laying out pages nobody sees yet, was a fifth of the way to the
    // main window's first paint.
    setPage(AccountPageId, new AccountPage(m_session, this));
    setPage(AddressPageId, new AddressPage(m_session, this));
    m_authorization = new AuthorizationPage(m_session, this);
    setPage(AuthorizationPageId, m_authorization);
    connect(m_authorization, &AuthorizationPage::parked, this, [this](const QString &id) {
        startNew();
        m_number->showNotice(tr("The port-in is kept as %1, waiting for the customer's signed LOA. Attach the "
                                "signed copy in the orders view, then continue it from there.")
                                 .arg(id));
    });
    m_review = new ReviewPage(m_session, this);
    setPage(ReviewPageId, m_review);
    m_result = new ResultPage(m_session, this);
    setPage(ResultPageId, m_result);
    connect(m_review, &ReviewPage::editRequested, this, [this](PortInSession::Page p) { goToPage(pageIdOf(p)); });
    connect(m_review, &ReviewPage::credentialsRequested, this, &PortInWizard::credentialsRequested);
}

int PortInWizard::nextId() const
{
    // Until the later pages exist, the number page still leads to the account page: it must
    // show Next, never Finish.
    if (currentId() == NumberPageId && !m_review)
        return AccountPageId;
    return QWizard::nextId();
}

bool PortInWizard::validateCurrentPage()
{
    addLaterPages(); // QWizard::next() asks this before it looks for the next page
    return QWizard::validateCurrentPage();
}

void PortInWizard::showRestoredDraft(qint64 savedAtMs)
{
    addLaterPages();
    // On every page with fields: the draft may open on the account page, where the PIN is asked.
    for (int id : {NumberPageId, AccountPageId, AddressPageId, AuthorizationPageId})
        static_cast<SessionPage *>(page(id))->showRestoredDraft(savedAtMs);
}

void PortInWizard::announceRestoredDraft()
{
    showRestoredDraft(m_session->restoredDraftSavedAt());
    m_restoreTo = m_session->restoredDraftSavedAt() > 0 ? pageIdOf(m_session->restoredDraftPage()) : -1;
    continueRestore();
}

void PortInWizard::continueRestore()
{
    // Back to the page the draft was saved on, page by page as the restored values allow. The
    // number page first waits for its eligibility answer; a page that lacks what a draft never
    // keeps (the PIN) is where the agent goes on, as the next page could not be submitted anyway.
    if (m_restoreTo < 0)
        return;
    if (currentId() < 0)
        restart(); // not shown yet: QWizard has no current page before its first show
    while (currentId() < m_restoreTo && currentPage()->isComplete())
        next();
    using E = PortInSession::Eligibility;
    const bool waiting = currentId() == NumberPageId &&
                         (m_session->eligibility() == E::Pending || m_session->eligibility() == E::Checking);
    if (currentId() >= m_restoreTo || !waiting)
        m_restoreTo = -1;
}

void PortInWizard::setTraining(bool training)
{
    m_number->setTraining(training);
}

void PortInWizard::focusFirstField()
{
    auto *p = qobject_cast<SessionPage *>(currentPage());
    if (!p)
        return;
    // Where the typing starts: the first field still empty or wrong (a carrier prefilled from
    // the eligibility answer is skipped; an optional field left empty is no reason to stop),
    // else the first field.
    using namespace FieldName;
    const QStringList optional = {Street2, Iccid, AuthorizingPerson};
    const QStringList fields = PortInSession::fieldsOf(p->sessionPage());
    QWidget *target = nullptr;
    for (const QString &field : fields) {
        QWidget *editor = p->editorFor(field);
        if (editor && !target)
            target = editor;
        const bool empty = m_session->value(field).isEmpty() && !optional.contains(field);
        if (editor && (empty || hasErrors(m_session->issuesFor(field)))) {
            target = editor;
            break;
        }
    }
    if (target)
        target->setFocus();
}

bool PortInWizard::focusNextPrevChild(bool next)
{
    // QWizard hides its whole content for an instant (its "anti-flicker" widget, with updates
    // disabled) each time it re-evaluates its buttons: on every completeChanged(), so on every
    // keystroke. Hiding the widget that has the focus makes Qt move the focus to the next
    // focusable widget of the *window*; a top-level wizard has none outside that content, but
    // embedded in the main window the next one is the tab bar, and the agent's second key went
    // there. Offscreen tests never saw it: without an active window Qt has no focus widget to
    // move. While QWizard's updates are off, the focus stays where the agent is typing.
    if (!updatesEnabled())
        return true;
    return QWizard::focusNextPrevChild(next);
}

void PortInWizard::startNew()
{
    m_restoreTo = -1;
    m_session->reset();
    showRestoredDraft(0);
    restart();
    focusFirstField();
}

bool PortInWizard::resume(const QString &awaitingId, QString *error)
{
    addLaterPages();
    startNew();
    if (!m_session->resume(awaitingId, error))
        return false;
    const QString notice = tr("Continuing %1, whose customer's authorization is recorded. Ask the customer for the "
                              "transfer PIN again: it is never saved.")
                               .arg(awaitingId);
    for (int id : {NumberPageId, AccountPageId, AddressPageId, AuthorizationPageId})
        static_cast<SessionPage *>(page(id))->showNotice(notice);
    m_restoreTo = ReviewPageId; // forward as far as the values allow: the account page asks for the PIN
    continueRestore();
    return true;
}

void PortInWizard::goToPage(int id)
{
    while (currentId() > id && currentId() != ResultPageId)
        back();
}

int PortInWizard::pageIdOf(PortInSession::Page sessionPage) const
{
    for (int id : pageIds()) {
        auto *p = qobject_cast<SessionPage *>(page(id));
        if (p && p->sessionPage() == sessionPage)
            return id;
    }
    return -1; // not reached: every session page has its wizard page
}

void PortInWizard::reject()
{
    // Embedded as the home screen, the wizard never closes: Esc discards the port-in instead.
    if (m_session->hasData() && currentId() != ResultPageId) {
        QMessageBox box(QMessageBox::Question, tr("Discard this port-in?"),
                        tr("Everything typed for this port-in will be cleared."),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        // Alt+letter for both answers; Enter and Esc keep the port-in.
        box.button(QMessageBox::Discard)->setText(tr("&Discard"));
        box.button(QMessageBox::Cancel)->setText(tr("&Keep editing"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.setEscapeButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    startNew();
}

void PortInWizard::accept()
{
    startNew();
}

void PortInWizard::onSubmitStateChanged()
{
    using S = PortInSession::Submit;
    switch (m_session->submitState()) {
    case S::Done:
        if (currentId() == ReviewPageId)
            next();
        break;
    case S::Failed: {
        // A field-level refusal takes the agent back to that page and field, message under it.
        const QString field = m_session->failedField();
        for (int id : {NumberPageId, AccountPageId, AddressPageId}) {
            auto *p = static_cast<SessionPage *>(page(id));
            if (QWidget *editor = p->editorFor(field)) {
                goToPage(id);
                editor->setFocus();
                break;
            }
        }
        break;
    }
    default:
        break;
    }
}

} // namespace portdesk::ui
