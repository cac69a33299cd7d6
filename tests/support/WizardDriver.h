#pragma once
#include <QApplication>
#include <QCheckBox>
#include <QKeySequence>
#include <QTest>
#include <functional>

#include "domain/validation/FieldNames.h"
#include "wizard/PortInSession.h"
#include "wizard/PortInWizard.h"

namespace portdesk::test {

// Keys sent to whatever has the keyboard focus, counted as data characters or as extra keys.
struct Keyboard
{
    int data = 0;
    int extra = 0;

    static QWidget *focused() { return QApplication::focusWidget(); }
    void type(const QString &text)
    {
        QTest::keyClicks(focused(), text);
        data += int(text.size());
    }
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QTest::keyClick(focused(), k, m);
        ++extra;
    }
};

// Drives the port-in wizard's happy path with the keyboard alone, counting the keystrokes that
// are not data characters. Shared by the GUI test (which asserts on it) and the benchmark (which
// reports it). `wait(done)` must run the event loop (and the clock) until done() or give up.
struct WizardDriver : Keyboard
{
    WizardDriver(ui::PortInWizard &w, PortInSession &s, std::function<bool(const std::function<bool()> &)> waitFn)
        : wizard(w), session(s), wait(std::move(waitFn))
    {
    }

    ui::PortInWizard &wizard;
    PortInSession &session;
    std::function<bool(const std::function<bool()> &)> wait;
    std::function<void(const QString &name)> onPage = [](const QString &) {};
    QString failure;

    bool fail(const QString &why)
    {
        failure = why;
        return false;
    }
    bool expectPage(int id)
    {
        return wizard.currentId() == id ||
               fail(QStringLiteral("on page %1, expected %2").arg(wizard.currentId()).arg(id));
    }

    // Number -> account -> address -> authorization -> review -> submit. Returns false with
    // `failure` set.
    bool run()
    {
        using namespace FieldName;
        if (!focused())
            return fail(QStringLiteral("no keyboard focus"));
        type(QStringLiteral("8015552345"));
        if (!wait([&] { return session.eligibility() == PortInSession::Eligibility::Eligible; }))
            return fail(QStringLiteral("no eligibility answer"));
        onPage(QStringLiteral("number"));
        key(Qt::Key_Return);
        if (!expectPage(ui::AccountPageId))
            return false;
        type(QStringLiteral("4651234567"));
        key(Qt::Key_Tab);
        type(QStringLiteral("918273"));
        key(Qt::Key_Tab);
        type(QStringLiteral("Jane Doe"));
        onPage(QStringLiteral("account"));
        key(Qt::Key_Return);
        if (!expectPage(ui::AddressPageId))
            return false;
        type(QStringLiteral("2701 N Thanksgiving Way"));
        key(Qt::Key_Tab);
        key(Qt::Key_Tab); // Street 2 is optional
        type(QStringLiteral("Lehi"));
        key(Qt::Key_Tab);
        type(QStringLiteral("ut")); // the state combo finds UT
        key(Qt::Key_Tab);
        type(QStringLiteral("84043"));
        onPage(QStringLiteral("address"));
        key(Qt::Key_Return);
        if (!expectPage(ui::AuthorizationPageId))
            return false;
        // The holder is the subscriber already; the agent reads the script and ticks the answer
        // with its mnemonic (Alt+G in English; whatever letter the language gave it).
        const auto *agreed = wizard.page(ui::AuthorizationPageId)->findChild<QCheckBox *>();
        if (!agreed)
            return fail(QStringLiteral("no agreement check box on the authorization page"));
        const QKeyCombination mnemonic = QKeySequence::mnemonic(agreed->text())[0];
        key(mnemonic.key(), mnemonic.keyboardModifiers()); // clicks a moment later (animateClick)
        if (!wait([&] { return session.authorization().kind == Authorization::Kind::Verbal; }))
            return fail(QStringLiteral("%1 did not record the verbal authorization")
                            .arg(QKeySequence::mnemonic(agreed->text()).toString()));
        onPage(QStringLiteral("authorization"));
        key(Qt::Key_Return);
        if (!expectPage(ui::ReviewPageId))
            return false;
        onPage(QStringLiteral("review"));
        key(Qt::Key_Return, Qt::ControlModifier);
        if (!wait([&] { return wizard.currentId() == ui::ResultPageId; }))
            return fail(QStringLiteral("no result page: %1").arg(session.submitError().summary()));
        onPage(QStringLiteral("result"));
        return true;
    }
};

} // namespace portdesk::test
