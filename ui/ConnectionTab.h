#pragma once
#include <QWidget>
#include <memory>

class QLabel;

namespace Ui {
class ConnectionTab;
}

namespace portdesk {
class AppContext;
}

namespace portdesk::ui {

// The Connection tab: training or live, the API address and account, whether the connection
// works, where orders are kept, how much of the account's per-minute budget is in use, and - in
// training - the scenarios a trainee can rehearse. Built after the window's first paint: an
// agent's first look is the wizard, and nothing here is on the way to it.
class ConnectionTab : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionTab(AppContext *context, QWidget *parent = nullptr);
    ~ConnectionTab() override;

    // Mode, address, account and registry as the context has them now.
    void showMode();
    void showRegistry();
    // The budget bar and its sentence, from the current client's scheduler.
    void showBudget();
    // Asks Telegent for a token with the current credentials; says how it went.
    void checkConnection();

signals:
    void connectionChecked(bool connected);
    void credentialsRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // A value: its text, also readable by a screen reader.
    static void setValueText(QLabel *value, const QString &text);

    AppContext *m_context;
    std::unique_ptr<Ui::ConnectionTab> m_ui;
};

} // namespace portdesk::ui
