// Renders the app icon's SVG into the PNG sizes of the hicolor theme:
//   portdesk-render-icons SVG OUTDIR  ->  OUTDIR/<n>x<n>/apps/<svg base name>.png
// Run through `cmake --build build --target icons`; the PNGs are committed so that a build
// needs no SVG support at run time.
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() != 3) {
        err << "usage: portdesk-render-icons SVG OUTDIR\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "portdesk-render-icons: cannot read " << args.at(1) << '\n';
        return 1;
    }
    const QString name = QFileInfo(args.at(1)).completeBaseName() + QLatin1String(".png");
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        QDir().mkpath(dir);
        // No text chunks: the same SVG gives byte-identical PNGs on every run.
        if (!image.save(dir + QLatin1Char('/') + name)) {
            err << "portdesk-render-icons: cannot write " << dir << '/' << name << '\n';
            return 1;
        }
    }
    return 0;
}
