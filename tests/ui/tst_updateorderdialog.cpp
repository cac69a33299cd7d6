#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include "DeskFixture.h"
#include "TestRegistry.h"
#include "UpdateOrderDialog.h"
#include "domain/validation/AccountRules.h"
#include "domain/validation/AddressRules.h"
#include "domain/validation/FieldNames.h"
#include "domain/validation/IccidRules.h"
#include "domain/validation/PortDateRules.h"

using namespace portdesk;
using namespace portdesk::test;

// The Update dialog checks what it would send with the wizard's rules and the port-date rule:
// the rule's own message under the field, Send disabled, nothing invalid on the wire.
class TestUpdateOrderDialog : public QObject
{
    Q_OBJECT

    struct Opened
    {
        DeskFixture d;
        QString id;
        std::unique_ptr<ui::UpdateOrderDialog> dialog;

        Opened()
        {
            id = d.submit(QStringLiteral("+18015550008"), QStringLiteral("John Smith"));
            d.registry.applyStatus(
                details(id, QStringLiteral("Error"), QStringLiteral("8A-ACCOUNT_NUM_REQ_OR_INCORRECT")),
                d.f.clock.nowMs());
            dialog = std::make_unique<ui::UpdateOrderDialog>(*d.registry.find(id), &d.actions);
            dialog->show();
            if (!QTest::qWaitForWindowExposed(dialog.get()))
                qWarning("dialog not exposed");
            dialog->activateWindow(); // Tab moves the focus only in the active window
            if (!QTest::qWaitForWindowActive(dialog.get()))
                qWarning("dialog not active");
        }
        QAbstractButton *send() const
        {
            const QString text = QCoreApplication::translate("portdesk::ui::UpdateOrderDialog", "&Send update");
            for (QAbstractButton *b : dialog->findChild<QDialogButtonBox *>()->buttons())
                if (b->text() == text)
                    return b;
            return nullptr;
        }
        // Types a value the way an agent does and leaves the field with Tab (Enter would press
        // the dialog's default button).
        void type(const QString &field, const QString &value) const
        {
            QLineEdit *edit = dialog->fieldFor(field);
            edit->setFocus();
            edit->selectAll();
            if (value.isEmpty())
                QTest::keyClick(edit, Qt::Key_Delete);
            else
                QTest::keyClicks(edit, value);
            QTest::keyClick(edit, Qt::Key_Tab);
            if (edit->hasFocus())
                qWarning("Tab did not leave %s", qPrintable(field));
        }
        QDate today() const { return d.f.clock.nowUtc().toLocalTime().date(); }
    };

    static QString firstMessage(const FieldIssues &issues)
    {
        return issues.isEmpty() ? QString() : issues.first().message;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void invalidFieldsShowTheWizardsMessageAndBlockSending_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("good");
        QTest::newRow("account number") << FieldName::CurrentAccountNumber << "777 666 555"
                                        << firstMessage(validateAccountNumber(QStringLiteral("777 666 555")))
                                        << "777666555";
        QTest::newRow("account cleared") << FieldName::CurrentAccountNumber << ""
                                         << firstMessage(validateAccountNumber(QString())) << "777666555";
        QTest::newRow("state") << FieldName::State << "ZZ" << firstMessage(validateState(QStringLiteral("ZZ"))) << "nv";
        QTest::newRow("state military") << FieldName::State << "AE" << firstMessage(validateState(QStringLiteral("AE")))
                                        << "AZ";
        QTest::newRow("zip") << FieldName::Zip << "8404" << firstMessage(validateZip(QStringLiteral("8404")))
                             << "840431234";
        QTest::newRow("street PO box") << FieldName::Street1 << "PO Box 12"
                                       << firstMessage(
                                              validateStreetLine(QStringLiteral("PO Box 12"), FieldName::Street1))
                                       << "12 Main St";
        QTest::newRow("iccid check digit")
            << FieldName::Iccid << "8901260123456789012"
            << firstMessage(validateIccid(QStringLiteral("8901260123456789012"))) << "8901260123456789011";
        QTest::newRow("carrier cleared") << FieldName::CurrentCarrierName << ""
                                         << firstMessage(validateCarrierName(QString())) << "AT&T";
    }
    void invalidFieldsShowTheWizardsMessageAndBlockSending()
    {
        QFETCH(QString, field);
        QFETCH(QString, bad);
        QFETCH(QString, message);
        QFETCH(QString, good);
        QVERIFY(!message.isEmpty());
        Opened o;
        QVERIFY(o.send());
        o.type(field, bad);
        QCOMPARE(o.dialog->feedbackText(field), message);
        QCOMPARE(o.dialog->fieldFor(field)->accessibleDescription(), message); // read out too
        QVERIFY(!o.send()->isEnabled());
        QVERIFY(hasErrors(o.dialog->issues()));

        // Nothing invalid leaves: even a click that reaches the button's signal sends nothing.
        emit o.send()->clicked(false);
        QCOMPARE(o.d.f.client->scheduler()->inFlight(), 0);
        QCOMPARE(o.d.registry.events(o.id).last().kind == QLatin1String("update"), false);

        o.type(field, good);
        QCOMPARE(o.dialog->feedbackText(field), QString());
        QVERIFY(o.send()->isEnabled());
    }

    void warningsShowButDoNotBlock()
    {
        Opened o;
        o.type(FieldName::CurrentAccountPassword, QStringLiteral("12"));
        QCOMPARE(o.dialog->feedbackText(FieldName::CurrentAccountPassword),
                 firstMessage(validateAccountPassword(QStringLiteral("12"))));
        QVERIFY(o.send()->isEnabled());
        // An empty PIN means "unchanged": no "required" message, only the big carrier's hint.
        o.type(FieldName::CurrentAccountPassword, QString());
        QVERIFY(!hasErrors(o.dialog->issues()));
        QVERIFY(o.dialog->feedbackText(FieldName::CurrentAccountPassword).contains(QLatin1String("Verizon")));
    }

    void aPastPortDateIsRefused()
    {
        Opened o;
        const QDate today = o.today();
        const QString yesterday = today.addDays(-1).toString(Qt::ISODate);
        o.type(FieldName::PortInDate, yesterday);
        QCOMPARE(o.dialog->feedbackText(FieldName::PortInDate), firstMessage(validatePortInDate(yesterday, today)));
        QVERIFY(o.dialog->feedbackText(FieldName::PortInDate).contains(yesterday));
        QVERIFY(!o.send()->isEnabled());
        o.type(FieldName::PortInDate, QStringLiteral("2026-02-30"));
        QCOMPARE(o.dialog->feedbackText(FieldName::PortInDate),
                 firstMessage(validatePortInDate(QStringLiteral("2026-02-30"), today)));
        QVERIFY(!o.send()->isEnabled());

        // Tomorrow is fine, and it is what goes on the wire.
        const QString tomorrow = today.addDays(1).toString(Qt::ISODate);
        o.type(FieldName::PortInDate, tomorrow);
        QCOMPARE(o.dialog->feedbackText(FieldName::PortInDate), QString());
        QVERIFY(o.send()->isEnabled());
        QCOMPARE(o.dialog->request().portInDate, tomorrow);
        o.send()->click();
        QVERIFY(o.d.f.runUntil([&] { return o.dialog->result() == QDialog::Accepted; }));
        QCOMPARE(o.d.registry.find(o.id)->status, QStringLiteral("Updated"));

        // "Today" is the injected clock's: a day later, the same date is in the past.
        o.d.f.clock.advance(2 * 24 * 3600 * 1000LL);
        ui::UpdateOrderDialog later(*o.d.registry.find(o.id), &o.d.actions);
        later.fieldFor(FieldName::PortInDate)->setText(tomorrow);
        QCOMPARE(firstMessage(issuesFor(later.issues(), FieldName::PortInDate)),
                 firstMessage(validatePortInDate(tomorrow, o.today())));
        QVERIFY(hasErrors(later.issues()));
    }

    void aWholeAddressIsCheckedWhenAnyPartChanges()
    {
        Opened o;
        // The address is sent whole: a new ZIP from another state warns like the wizard does.
        o.type(FieldName::Zip, QStringLiteral("10001"));
        QCOMPARE(o.dialog->feedbackText(FieldName::Zip),
                 firstMessage(checkZipMatchesState(QStringLiteral("10001"), QStringLiteral("UT"))));
        QVERIFY(o.send()->isEnabled()); // a warning
        QCOMPARE(o.dialog->request().currentBillingAddress->zip, QStringLiteral("10001"));
        o.type(FieldName::Zip, QStringLiteral("840431234"));
        QCOMPARE(o.dialog->request().currentBillingAddress->zip,
                 QStringLiteral("84043-1234")); // as the wizard sends it
    }

    void problemsWaitUntilTheFieldIsLeft()
    {
        Opened o;
        QVERIFY(o.dialog->isActiveWindow());
        QLineEdit *zip = o.dialog->fieldFor(FieldName::Zip);
        zip->setFocus();
        zip->selectAll();
        QTest::keyClicks(zip, QStringLiteral("84"));
        QCOMPARE(o.dialog->feedbackText(FieldName::Zip), QString()); // still typing
        QVERIFY(!o.send()->isEnabled());                             // but never sendable
        QTest::keyClick(zip, Qt::Key_Tab);
        QCOMPARE(o.dialog->feedbackText(FieldName::Zip), firstMessage(validateZip(QStringLiteral("84"))));
    }

    // Every control is named for a screen reader: each field by its caption (a field under
    // which a message line sits is no longer found through its label's buddy).
    void everyControlHasAnAccessibleName()
    {
        Opened o;
        for (QLabel *label : o.dialog->findChildren<QLabel *>()) {
            auto *edit = qobject_cast<QLineEdit *>(label->buddy());
            if (!edit)
                continue;
            const QString caption = label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed();
            QCOMPARE(QAccessible::queryAccessibleInterface(edit)->text(QAccessible::Name), caption);
        }
        int named = 0;
        QList<QWidget *> controls;
        for (QLineEdit *e : o.dialog->findChildren<QLineEdit *>())
            controls << e;
        for (QAbstractButton *b : o.dialog->findChildren<QAbstractButton *>())
            controls << b;
        for (QWidget *w : controls) {
            QVERIFY2(!QAccessible::queryAccessibleInterface(w)->text(QAccessible::Name).trimmed().isEmpty(),
                     qPrintable(w->objectName()));
            ++named;
        }
        QCOMPARE(named, 11 + 1 + 2); // fields, Show PIN, Send and Cancel
    }
};

QTEST_MAIN(TestUpdateOrderDialog)
#include "tst_updateorderdialog.moc"
