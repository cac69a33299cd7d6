#include "NumberPage.h"
#include "FieldFeedback.h"
#include "PageWidgets.h"
#include "StatusColors.h"

#include "domain/AsYouTypeNumber.h"
#include "domain/ClassificationLabel.h"
#include "domain/PhoneNumber.h"
#include "domain/PortInTypes.h"
#include "domain/validation/FieldNames.h"
#include "domain/validation/NumberRules.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace portdesk::ui {

using namespace FieldName;

NumberPage::NumberPage(PortInSession *session, bool training, QWidget *parent)
    : SessionPage(session, PortInSession::Page::Number, parent), m_number(new QLineEdit(this)),
      m_classification(new QComboBox(this)), m_eligibility(new QLabel(this)),
      m_trainingHelp(new QLabel(tr("Training: numbers ending in 0000 are not eligible, 0008 / 0006 / 0009 / 0007 "
                                   "are rejected by the carrier later. The Connection tab lists every scenario."),
                                this)),
      m_credentials(new QPushButton(tr("Check the cr&edentials..."), this)),
      m_showOrder(new QPushButton(tr("Show the &order"), this))
{
    setTitle(tr("Number to port"));
    setSubTitle(tr("Type or paste the customer's number. Its eligibility is checked as soon as it is complete."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_draftBanner);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_number->setPlaceholderText(tr("(801) 555-2345"));
    addRow(form, tr("&Phone number:"), m_number, PortInNumber);
    m_editors.insert(PortInNumber, m_number);
    connect(m_number, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString formatted = formatAsYouType(text);
        if (formatted != text && m_number->cursorPosition() == text.size())
            m_number->setText(formatted); // formatted as typed, only when typing at the end
        m_session->setValue(PortInNumber, m_number->text(),
                            m_number->cursorPosition() == m_number->text().size() ? PortInSession::Cursor::AtEnd
                                                                                  : PortInSession::Cursor::Inside);
    });
    connect(m_number, &QLineEdit::editingFinished, this, [this] { m_session->touch(PortInNumber); });
    m_form = form;
    // A number already in an open order: the way to that order, right under the error saying so.
    m_showOrder->setObjectName(QStringLiteral("showOrderButton"));
    m_showOrder->setAccessibleName(tr("Show the order"));
    m_showOrder->setAccessibleDescription(tr("Opens the order that already has this number in the Orders tab."));
    m_showOrder->setAutoDefault(false); // Enter in the field stays the wizard's Next
    connect(m_showOrder, &QPushButton::clicked, this, [this] {
        const QString holder = m_session->holdingOrder();
        if (!holder.isEmpty())
            emit showOrderRequested(holder);
    });
    form->addRow(QString(), m_showOrder);
    form->setRowVisible(m_showOrder, false); // until the number is one an open order holds
    for (const QString &code : {Classification::Mvno, Classification::Iot})
        m_classification->addItem(classificationLabel(code), code);
    addField(form, tr("&Classification:"), m_classification, TargetPortinClassification);
    m_eligibility->setWordWrap(true);
    m_eligibility->setTextFormat(Qt::PlainText);
    m_eligibility->setAccessibleName(tr("Eligibility"));
    form->addRow(captionFor(this, tr("Eligibility:"), m_eligibility), m_eligibility);
    form->setRowVisible(m_eligibility, false); // until there is something to say
    // Refused credentials: the way to correct them, right under the sentence that says so.
    m_credentials->setAutoDefault(false);
    m_credentials->hide();
    connect(m_credentials, &QPushButton::clicked, this, &NumberPage::credentialsRequested);
    form->addRow(QString(), m_credentials);
    m_trainingHelp->setWordWrap(true);
    layout->addWidget(m_trainingHelp);
    setTraining(training);
    layout->addStretch();
}

void NumberPage::setTraining(bool training)
{
    m_trainingHelp->setVisible(training);
}

void NumberPage::refresh()
{
    SessionPage::refresh();
    using E = PortInSession::Eligibility;
    const E e = m_session->eligibility();
    // Until the field's own problems may show, the line under it says how far the typing is.
    const QString number = m_session->value(PortInNumber);
    const QString progress = portInNumberProgress(number);
    if (!m_session->isTouched(PortInNumber) && !progress.isEmpty())
        m_feedback.value(PortInNumber)
            ->show({{FieldIssue::Severity::Hint, PortInNumber, QStringLiteral("number.progress"), progress}});
    // "Not eligible" and "could not check" are told under the number, where the agent acts on
    // them: the eligibility row shows only the pending check and the good answer.
    const bool atTheField = e == E::NotEligible || e == E::Unreachable;
    const QString text = atTheField ? QString() : m_session->eligibilityText();
    m_eligibility->setText(text);
    m_eligibility->setAccessibleDescription(text);
    m_form->setRowVisible(m_eligibility, !text.isEmpty());
    m_credentials->setVisible(e == E::Refused);
    // Shown with the error itself: once the number was left or typing in it paused.
    m_form->setRowVisible(m_showOrder, m_session->isTouched(PortInNumber) && !m_session->holdingOrder().isEmpty());
    QPalette p = m_eligibility->palette();
    p.setColor(QPalette::WindowText, statusColor(e == E::Eligible                         ? StatusGroup::Completed
                                                 : e == E::NotEligible || e == E::Refused ? StatusGroup::NeedsAction
                                                 : e == E::Unreachable                    ? StatusGroup::Unknown
                                                                                          : StatusGroup::Open,
                                                 palette()));
    m_eligibility->setPalette(p);
}

} // namespace portdesk::ui
