#include <QTest>

#include "domain/validation/ClassificationRules.h"
#include "domain/validation/FieldNames.h"

using namespace portdesk;

class TestClassificationRules : public QObject
{
    Q_OBJECT
private slots:
    void validate_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<bool>("valid");
        QTest::newRow("mvno") << "mvno"
                              << "mvno" << true;
        QTest::newRow("iot") << "iot"
                             << "iot" << true;
        QTest::newRow("upper case") << "MVNO"
                                    << "mvno" << true;
        QTest::newRow("spaces") << " iot "
                                << "iot" << true;
        QTest::newRow("optional: empty") << ""
                                         << "" << true;
        QTest::newRow("lte") << "lte"
                             << "lte" << false;
        QTest::newRow("spelled apart") << "m v n o"
                                       << "m v n o" << false;
        QTest::newRow("both") << "mvno|iot"
                              << "mvno|iot" << false;
    }
    void validate()
    {
        QFETCH(QString, value);
        QFETCH(QString, normalized);
        QFETCH(bool, valid);
        const FieldIssues issues = validateClassification(value);
        QCOMPARE(normalizeClassification(value), normalized);
        QCOMPARE(issues.isEmpty(), valid);
        for (const FieldIssue &issue : issues) {
            QCOMPARE(issue.severity, FieldIssue::Severity::Error);
            QCOMPARE(issue.field, FieldName::TargetPortinClassification);
            QCOMPARE(issue.code, QStringLiteral("classification.invalid"));
            QVERIFY(issue.message.contains(value.trimmed()));
        }
    }
};

QTEST_GUILESS_MAIN(TestClassificationRules)
#include "tst_classificationrules.moc"
