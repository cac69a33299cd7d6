#include "ConnectionTab.h"
#include "ui_ConnectionTab.h"

#include "AppContext.h"
#include "RegistryDialog.h"
#include "registry/OrderRegistry.h"
#include "registry/TeamDatabase.h"
#include "sandbox/SimulatorOptions.h"
#include "telegent/Endpoints.h"

#include <QDateTime>
#include <QLocale>
#include <QPushButton>

#include <utility>

namespace portdesk::ui {

namespace {
// What trainees can rehearse against the simulator; the digits come from the simulator itself.
QString trainingScenarios()
{
    using namespace sandbox::trigger;
    const auto row = [](const char *digits, const QString &what) {
        return QStringLiteral("<tr><td><b>&hellip;%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
            .arg(QLatin1String(digits), what);
    };
    return ConnectionTab::tr("The last four digits of the number decide what the simulated carrier does "
                             "(any valid area code, e.g. 801-555-0008):") +
           QStringLiteral("<table>") +
           row(NotEligible, ConnectionTab::tr("eligibility check answers <i>not eligible</i>")) +
           row(AccountNumberError, ConnectionTab::tr("order fails: Error, 8A-ACCOUNT_NUM_REQ_OR_INCORRECT")) +
           row(NumberLockError, ConnectionTab::tr("order fails: Error, 6P-REMOVE NUMBER LOCK ON VERIZON ACCOUNT")) +
           row(Rejected, ConnectionTab::tr("order is Rejected (1P-Other) after carrier review")) +
           row(ResolutionRequired, ConnectionTab::tr("order shows the undocumented status ResolutionRequired")) +
           QStringLiteral("</table>") +
           ConnectionTab::tr("Toll-free numbers (800, 833 ... 888) and 900 are not eligible. Every other "
                             "number completes: Pending, Submitted, Pending Carrier Approval, Scheduled, "
                             "Completed. An update fixes a failed order.");
}
} // namespace

ConnectionTab::ConnectionTab(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_ui(std::make_unique<Ui::ConnectionTab>())
{
    m_ui->setupUi(this);
    // Each value is named by its caption (its buddy), not by the group box around it.
    const std::pair<QLabel *, QLabel *> captioned[] = {{m_ui->modeCaption, m_ui->modeValue},
                                                       {m_ui->addressCaption, m_ui->addressValue},
                                                       {m_ui->accountCaption, m_ui->accountValue},
                                                       {m_ui->stateCaption, m_ui->stateValue},
                                                       {m_ui->registryCaption, m_ui->registryValue}};
    for (const auto &[caption, value] : captioned) {
        caption->setBuddy(value);
        value->setAccessibleName(caption->text().remove(QLatin1Char(':')).trimmed());
    }
    m_ui->stateValue->setTextFormat(Qt::PlainText);    // quotes the server
    m_ui->registryValue->setTextFormat(Qt::PlainText); // quotes the database server
    m_ui->budgetBar->setAccessibleName(tr("Requests used in the last minute"));
    setValueText(m_ui->stateValue, tr("Not checked yet."));

    connect(m_ui->checkButton, &QPushButton::clicked, this, &ConnectionTab::checkConnection);
    connect(m_ui->credentialsButton, &QPushButton::clicked, this, &ConnectionTab::credentialsRequested);
    connect(m_ui->registryButton, &QPushButton::clicked, this, [this] {
        RegistryDialog dialog(m_context, this);
        dialog.exec();
    });
    showMode();
    showBudget();
}

ConnectionTab::~ConnectionTab() = default;

void ConnectionTab::showEvent(QShowEvent *event)
{
    // The scenarios' rich text costs a font fallback search (tens of millions of instructions):
    // laid out when someone looks, not on the way to the desk being ready.
    if (m_ui->scenariosText->text().isEmpty())
        m_ui->scenariosText->setText(trainingScenarios());
    QWidget::showEvent(event);
}

void ConnectionTab::setValueText(QLabel *value, const QString &text)
{
    value->setText(text);
    value->setAccessibleDescription(text);
}

void ConnectionTab::showRegistry()
{
    OrderRegistry *registry = m_context->registry();
    QString where;
    if (m_context->mode() == AppContext::Mode::Starting)
        where = QString(); // not opened yet: the mode decides which registry
    else if (m_context->mode() == AppContext::Mode::Training)
        where = tr("In memory for this training session");
    else if (!registry->isOpen())
        where = tr("Nowhere: %1").arg(m_context->registryError());
    else if (!registry->isTeam())
        where = tr("On this computer");
    else {
        const TeamDatabase team = m_context->teamDatabase().value_or(TeamDatabase());
        where = tr("Team database %1").arg(team.describe());
        if (team.isPlaintextOverNetwork()) // asked for with sslmode=disable: said every time it is shown
            where += QLatin1Char('\n') + team.plaintextWarning();
    }
    switch (m_context->pollRole()) {
    case AppContext::PollRole::TeamThisDesk:
        where += QLatin1Char('\n') + tr("This desk checks the status of the team's orders.");
        break;
    case AppContext::PollRole::TeamOtherDesk:
        where += QLatin1Char('\n') + tr("Another desk of the team checks their status; this one shows its findings.");
        break;
    default:
        break;
    }
    setValueText(m_ui->registryValue, where);
}

void ConnectionTab::showMode()
{
    showRegistry();
    const AppContext::Mode mode = m_context->mode();
    TelegentClient *client = m_context->client();
    m_ui->scenariosGroup->setVisible(mode == AppContext::Mode::Training);
    switch (mode) {
    case AppContext::Mode::Starting:
        setValueText(m_ui->modeValue, tr("Starting: reading credentials from the system keychain..."));
        break;
    case AppContext::Mode::Training:
        setValueText(m_ui->modeValue, tr("Training (simulator)"));
        break;
    case AppContext::Mode::Live:
        setValueText(m_ui->modeValue, tr("Live: %1").arg(m_context->modeReason()));
        break;
    }
    setValueText(m_ui->addressValue, mode == AppContext::Mode::Starting ? QString() : client->baseUrl().url.toString());
    setValueText(m_ui->accountValue, client->accountKey());
    m_ui->checkButton->setEnabled(mode != AppContext::Mode::Starting);
}

void ConnectionTab::checkConnection()
{
    if (m_context->mode() == AppContext::Mode::Starting)
        return;
    TelegentClient *client = m_context->client();
    const QString endpoint = client->endpointUrl(endpoint::Order).toString();
    setValueText(m_ui->stateValue, tr("Checking..."));
    m_ui->checkButton->setEnabled(false);
    client->tokens()->fetch(endpoint, this, [this, client](const std::optional<Token> &token, const ApiError &error) {
        m_ui->checkButton->setEnabled(true);
        if (client != m_context->client())
            return; // the desk switched meanwhile: a newer check speaks for the connection
        if (!token) {
            setValueText(m_ui->stateValue, tr("Not connected: %1").arg(error.message));
            emit connectionChecked(false);
            return;
        }
        const QDateTime until = QDateTime::fromMSecsSinceEpoch(token->expiresAtMs).toLocalTime();
        setValueText(m_ui->stateValue,
                     tr("Connected: the server accepted the credentials (checked at %1; "
                        "the access token is valid until %2).")
                         .arg(QLocale().toString(client->clock()->nowUtc().toLocalTime().time(), QLocale::ShortFormat),
                              QLocale().toString(until.time(), QLocale::ShortFormat)));
        emit connectionChecked(true);
    });
}

void ConnectionTab::showBudget()
{
    RequestScheduler *scheduler = m_context->client()->scheduler();
    const RateBudget &budget = scheduler->budget();
    const int used = scheduler->usedInWindow();
    m_ui->budgetBar->setRange(0, budget.perMinute());
    m_ui->budgetBar->setValue(std::min(used, budget.perMinute()));
    m_ui->budgetBar->setFormat(
        scheduler->usingSharedBudget()
            ? tr("%1 of %2 requests in the last minute, all desks of the team").arg(used).arg(budget.perMinute())
            : tr("%1 of %2 requests in the last minute").arg(used).arg(budget.perMinute()));
    QString detail = tr("Background status checks may use up to %1 per minute; the rest is kept for "
                        "agents' eligibility checks and submissions.")
                         .arg(budget.backgroundLimit());
    // Cut off from the team's budget: what failed, and the share this desk keeps to meanwhile.
    if (const QString problem = scheduler->sharedBudgetProblem(); !problem.isEmpty())
        detail = problem + QLatin1Char(' ') + detail;
    const int waiting = scheduler->queued(Priority::Interactive) + scheduler->queued(Priority::Background);
    if (waiting > 0)
        detail += QLatin1Char(' ') + tr("%n request(s) waiting for budget.", nullptr, waiting);
    if (scheduler->pausedUntilMs() > scheduler->clock()->nowMs())
        detail +=
            QLatin1Char(' ') +
            tr("Telegent reported the account over its limit; sending resumes at %1.")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(scheduler->pausedUntilMs()).toLocalTime().time(),
                                        QLocale::ShortFormat));
    m_ui->budgetDetail->setText(detail);
}

} // namespace portdesk::ui
