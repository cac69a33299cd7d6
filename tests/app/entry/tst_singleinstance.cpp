#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

// The GUI's single instance, with real portdesk processes (offscreen, training mode, a HOME of
// their own): a second launch brings the first window forward and exits 0; a crashed first
// launch leaves a lock and a socket file behind that the next launch takes over; another
// registry, or --new-instance, is a window of its own.
class TestSingleInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::vector<std::unique_ptr<QProcess>> m_running;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false\nportdesk.app.info=true"));
        return env;
    }

    QProcess *launch(const QStringList &args)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        process->start(QStringLiteral(PORTDESK_GUI), args);
        m_running.push_back(std::move(process));
        return m_running.back().get();
    }

    // Everything the process wrote to stderr so far, kept across reads.
    static QByteArray errorText(QProcess *process)
    {
        QByteArray text = process->property("stderr").toByteArray() + process->readAllStandardError();
        process->setProperty("stderr", text);
        return text;
    }

    static bool waitForLine(QProcess *process, const char *text)
    {
        return QTest::qWaitFor([&] { return errorText(process).contains(text); }, 30'000);
    }

    static QByteArray socketPath(QProcess *process)
    {
        const QByteArray marker = "single instance: listening on ";
        const QByteArray text = errorText(process);
        const qsizetype at = text.indexOf(marker);
        if (at < 0)
            return {};
        const qsizetype start = at + marker.size();
        return text.mid(start, text.indexOf('\n', start) - start).trimmed();
    }

    static bool finishes(QProcess *process)
    {
        return QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, 30'000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral("run"))));
        QFile::setPermissions(m_home.filePath(QStringLiteral("run")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void cleanup()
    {
        for (auto &process : m_running) {
            process->kill();
            process->waitForFinished();
        }
        m_running.clear();
    }

    void secondLaunchRaisesTheFirstAndExits()
    {
        QProcess *first = launch({});
        QVERIFY2(waitForLine(first, "single instance: listening on"), errorText(first).constData());

        QProcess *second = launch({});
        QVERIFY(finishes(second));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        QVERIFY2(waitForLine(first, "a second launch asked for the window"), errorText(first).constData());
        QVERIFY(!errorText(second).contains("listening on"));
        QCOMPARE(first->state(), QProcess::Running);

        // Another registry is another desk: it gets a window of its own.
        QProcess *other = launch({QStringLiteral("--registry"), m_home.filePath(QStringLiteral("other.sqlite"))});
        QVERIFY2(waitForLine(other, "single instance: listening on"), errorText(other).constData());
        QVERIFY(socketPath(other) != socketPath(first));
        QCOMPARE(other->state(), QProcess::Running);
    }

    void crashedFirstLaunchDoesNotBlockTheNext()
    {
        QProcess *crashed = launch({});
        QVERIFY2(waitForLine(crashed, "single instance: listening on"), errorText(crashed).constData());
        const QByteArray socket = socketPath(crashed);
        QVERIFY(!socket.isEmpty());
        crashed->kill(); // SIGKILL: no destructor removes the lock or the socket
        QVERIFY(crashed->waitForFinished());
#ifdef Q_OS_UNIX
        QVERIFY2(QFileInfo::exists(QString::fromLocal8Bit(socket)), socket.constData());
        QVERIFY(QFileInfo::exists(QString::fromLocal8Bit(socket) + QStringLiteral(".lock")));
#endif

        QProcess *next = launch({});
        QVERIFY2(waitForLine(next, "single instance: listening on"), errorText(next).constData());
        QCOMPARE(socketPath(next), socket);

        QProcess *again = launch({});
        QVERIFY(finishes(again));
        QCOMPARE(again->exitCode(), 0);
        QVERIFY(waitForLine(next, "a second launch asked for the window"));
    }

#ifdef Q_OS_UNIX
    // A first window that holds the lock but never answers (stopped here with SIGSTOP): the
    // second launch says so and fails instead of opening a second window or hanging.
    void unansweringFirstLaunchIsReported()
    {
        QProcess *first = launch({});
        QVERIFY2(waitForLine(first, "single instance: listening on"), errorText(first).constData());
        QCOMPARE(::kill(pid_t(first->processId()), SIGSTOP), 0);
        QProcess *second = launch({});
        const bool ended = finishes(second);
        ::kill(pid_t(first->processId()), SIGCONT);
        QVERIFY(ended);
        QCOMPARE(second->exitCode(), 1);
        QVERIFY2(errorText(second).contains("already running but does not answer"), errorText(second).constData());
        QVERIFY(!errorText(second).contains("listening on"));
    }
#endif

    // Screenshots, the benchmark and --new-instance run beside a running window, untouched.
    void optOutsRunBesideTheRunningWindow()
    {
        QProcess *first = launch({});
        QVERIFY2(waitForLine(first, "single instance: listening on"), errorText(first).constData());

        const QString shot = m_home.filePath(QStringLiteral("shot.png"));
        QProcess *screenshot = launch({QStringLiteral("--screenshot"), shot});
        QVERIFY(finishes(screenshot));
        QCOMPARE(screenshot->exitCode(), 0);
        QVERIFY(QFileInfo(shot).size() > 0);

        QProcess *extra = launch({QStringLiteral("--new-instance")});
        QProcess *plain = launch({});
        QVERIFY(finishes(plain));
        QCOMPARE(plain->exitCode(), 0);
        QVERIFY(waitForLine(first, "a second launch asked for the window"));
        // Only the plain launch asked; the extra window neither asked nor took the socket.
        QCOMPARE(errorText(first).count("a second launch asked for the window"), 1);
        QCOMPARE(extra->state(), QProcess::Running);
        QVERIFY(!errorText(extra).contains("single instance"));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
