// The start-up and memory baseline: a bare QMainWindow with a label, built in the same tree with
// the same flags, quitting after its first paint like `portdesk --quit-after-first-paint`.
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

class Label : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QLabel::paintEvent(event);
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new Label(QStringLiteral("PortDesk"), &window));
    window.resize(1280, 720);
    window.show();
    const int rc = app.exec();
    if (qEnvironmentVariableIsSet("PORTDESK_REPORT_RSS")) {
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    printf("peak_rss_kb %lld\n", line.mid(6).trimmed().split(' ').value(0).toLongLong());
            }
        }
    }
    return rc;
}
