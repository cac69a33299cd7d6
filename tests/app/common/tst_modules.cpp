#include <QCoreApplication>
#include <QTest>

#include "common/Modules.h"
#include "domain/NanpNumbering.h"

using namespace portdesk;

// PortDesk's own plugins: where a program looks for them, and what it gets.
class TestModules : public QObject
{
    Q_OBJECT

private slots:
    void installedProgramsLookBesideThemselvesOnly()
    {
        const QString tree = QStringLiteral("/work/build");
        const QString modules = QStringLiteral("/work/build/lib/portdesk");
        const QStringList installed = modules::searchPaths(QStringLiteral("/usr/bin"), tree, modules);
        QCOMPARE(installed, (QStringList{QStringLiteral("/usr/lib/portdesk/modules"),
                                         QStringLiteral("/usr/PlugIns/portdesk"), QStringLiteral("/usr/bin")}));
        // A folder whose name merely starts like the build tree's is not in it.
        QVERIFY(!modules::searchPaths(QStringLiteral("/work/build2/bin"), tree, modules).contains(modules));
    }

    void programsInTheBuildTreeFindItsModules()
    {
        const QString tree = QStringLiteral("/work/build");
        const QString modules = QStringLiteral("/work/build/lib/portdesk");
        const QStringList paths = modules::searchPaths(QStringLiteral("/work/build/tests"), tree, modules);
        QCOMPARE(paths.last(), modules); // after the installed places, which the build tree lacks
    }

    void phoneNumbersLoadOnceAndAnswer()
    {
        QString error;
        const NanpNumbering *numbering = nanpNumbering(&error);
        QVERIFY2(numbering, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(nanpNumbering(), numbering); // loaded once per process
        const ParsedNumber parsed = numbering->parse(QStringLiteral("(801) 555-2345"));
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.countryCode, 1);
        QCOMPARE(parsed.nationalNumber, QStringLiteral("8015552345"));
        QCOMPARE(parsed.e164, QStringLiteral("+18015552345"));
        QVERIFY(!numbering->parse(QStringLiteral("not a number")).ok);
        QCOMPARE(numbering->planOf(QStringLiteral("+17875550123")).region, QStringLiteral("PR"));
        QVERIFY(numbering->planOf(QStringLiteral("+18015552345")).assigned);
        QVERIFY(!numbering->planOf(QStringLiteral("+11115552345")).assigned);
        QCOMPARE(numbering->formatAsYouType(QStringLiteral("8015552")), QStringLiteral("801-5552"));
    }

    void aMissingModuleSaysSoAndWhere()
    {
        QString error;
        QCOMPARE(modules::load(QStringLiteral("no-such-module"), &error), nullptr);
        QVERIFY2(error.contains(QLatin1String("no-such-module")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("reinstall")), qPrintable(error));
        // Asked again: the same answer, without a second search.
        QString again;
        QCOMPARE(modules::load(QStringLiteral("no-such-module"), &again), nullptr);
        QCOMPARE(again, error);
    }
};

QTEST_GUILESS_MAIN(TestModules)
#include "tst_modules.moc"
