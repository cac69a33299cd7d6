#include "ReviewPage.h"
#include "PageWidgets.h"
#include "StatusColors.h"

#include "domain/ClassificationLabel.h"
#include "domain/PhoneNumber.h"
#include "domain/PortInTypes.h"
#include "telegent/ApiError.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace portdesk::ui {

ReviewPage::ReviewPage(PortInSession *session, QWidget *parent)
    : SessionPage(session, PortInSession::Page::Review, parent), m_banner(makeBanner(this, alertColor())),
      m_credentials(new QPushButton(tr("Check the &credentials..."), this)), m_progress(new QLabel(this))
{
    setTitle(tr("Review and submit"));
    setSubTitle(tr("This is exactly what goes to Telegent. Ctrl+Enter submits."));
    setButtonText(QWizard::CommitButton, tr("&Submit port-in"));
    setCommitPage(true); // after a submit, Back makes no sense
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    m_credentials->setAutoDefault(false);
    m_credentials->hide();
    connect(m_credentials, &QPushButton::clicked, this, &ReviewPage::credentialsRequested);
    layout->addWidget(m_credentials, 0, Qt::AlignLeft);
    const char *sections[] = {QT_TR_NOOP("Number"), QT_TR_NOOP("Carrier account"),
                              QT_TR_NOOP("Billing address and SIM"), QT_TR_NOOP("Authorization")};
    const char *editTexts[] = {QT_TR_NOOP("Change n&umber"), QT_TR_NOOP("Change acc&ount"),
                               QT_TR_NOOP("Change a&ddress"), QT_TR_NOOP("Change au&thorization")};
    using Page = PortInSession::Page;
    const Page targets[] = {Page::Number, Page::Account, Page::Address, Page::Authorization};
    for (int i = 0; i < 4; ++i) {
        auto *row = new QHBoxLayout;
        m_summary[i] = new QLabel(this);
        m_summary[i]->setTextFormat(Qt::RichText);
        m_summary[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_summary[i]->setAccessibleName(tr(sections[i]));
        auto *edit = new QPushButton(tr(editTexts[i]), this);
        edit->setAutoDefault(false);
        const Page target = targets[i];
        connect(edit, &QPushButton::clicked, this, [this, target] { emit editRequested(target); });
        row->addWidget(m_summary[i], 1);
        row->addWidget(edit, 0, Qt::AlignTop);
        layout->addLayout(row);
    }
    m_progress->setWordWrap(true);
    layout->addWidget(m_progress);
    layout->addStretch();
    connect(session, &PortInSession::submitStateChanged, this, &ReviewPage::refresh);
}

QString ReviewPage::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void ReviewPage::initializePage()
{
    refresh();
}

void ReviewPage::refresh()
{
    const PortInRequest r = m_session->request();
    using Rows = QList<std::pair<QString, QString>>;
    // One summary, two forms: a table for the eye, "label: value" lines for a screen reader
    // (a rich-text label's accessible text would be its markup or nothing).
    const auto show = [](QLabel *summary, const Rows &rows) {
        QString html = QStringLiteral("<table>");
        QStringList plain;
        for (const auto &[label, value] : rows) {
            html += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td><b>%2</b></td></tr>")
                        .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("\u2014") : value.toHtmlEscaped());
            plain << tr("%1: %2").arg(label, value.isEmpty() ? tr("none") : value);
        }
        summary->setText(html + QStringLiteral("</table>"));
        summary->setAccessibleDescription(plain.join(QLatin1Char('\n')));
    };
    show(m_summary[0], {{tr("Number"), formatNationalNumber(r.portInNumber)},
                        {tr("Classification"), classificationLabel(r.targetPortinClassification)}});
    show(m_summary[1], {{tr("Carrier"), r.currentCarrierName},
                        {tr("Account number"), r.currentAccountNumber},
                        {tr("Transfer PIN"), QString(r.currentAccountPassword.size(), QChar(0x2022))},
                        {tr("Subscriber"), r.subscriberName}});
    const BillingAddress &a = r.currentBillingAddress;
    show(m_summary[2], {{tr("Street"), a.street1},
                        {tr("Street 2"), a.street2},
                        {tr("City"), a.city},
                        {tr("State"), a.state},
                        {tr("ZIP"), a.zip},
                        {tr("ICCID"), r.iccid}});
    // PortDesk's record, not sent: Telegent takes no document.
    const Authorization &consent = m_session->authorization();
    show(m_summary[3], {{tr("Account holder"), consent.accountHolder},
                        {tr("Authorized by"), consent.isRecorded() ? consent.describe() : QString()},
                        {tr("Texts about this port"), m_session->textConsent().answerText()}});
    using S = PortInSession::Submit;
    const S s = m_session->submitState();
    m_banner->setVisible(s == S::UnknownOutcome || s == S::Failed);
    const ApiError &e = m_session->submitError();
    const QString createdId = m_session->submitResult().orderId;
    if (s == S::UnknownOutcome && !createdId.isEmpty()) // answered, but the answer could not be recorded
        m_banner->setText(tr("Telegent created order %1, but PortDesk could not record it: %2 Write the order ID "
                             "down: the orders view lists this port-in as \"Outcome unknown\" until it is resolved "
                             "with that ID. Nothing is sent again by itself.")
                              .arg(createdId, e.message));
    else if (s == S::UnknownOutcome)
        m_banner->setText(
            tr("This port-in may or may not have reached Telegent. Check the orders view before "
               "resubmitting: it is listed there as \"Outcome unknown\". Nothing is sent again by itself."));
    else if (s == S::Failed && e.kind == ApiError::Kind::Storage)
        m_banner->setText(tr("Nothing was sent: PortDesk could not record the port-in before sending it. %1 The data "
                             "here is kept; submit again once the order registry can be written.")
                              .arg(e.message));
    else if (s == S::Failed && m_session->failedField() == QLatin1String("AccountHolder"))
        m_banner->setText(e.message); // the authorization is missing: PortDesk's own words
    else if (s == S::Failed)
        m_banner->setText(e.kind == ApiError::Kind::Authentication || e.kind == ApiError::Kind::Permission
                              ? tr("Telegent refused PortDesk's credentials: %1 The data here is kept; check the "
                                   "credentials, then submit again.")
                                    .arg(e.message)
                              : tr("Telegent did not accept the port-in: %1").arg(e.message));
    const bool credentials = s == S::Failed && (m_session->submitError().kind == ApiError::Kind::Authentication ||
                                                m_session->submitError().kind == ApiError::Kind::Permission);
    m_credentials->setVisible(credentials);
    m_progress->setText(s == S::Sending ? m_session->waitingText() : QString());
    updateComplete();
}

bool ReviewPage::validatePage()
{
    using S = PortInSession::Submit;
    if (m_session->submitState() == S::Done)
        return true;
    m_session->submit(); // asynchronous: the wizard moves on when the answer arrives
    refresh();
    return false;
}

} // namespace portdesk::ui
