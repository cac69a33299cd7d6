#include "SignedLoaFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>

namespace portdesk {

namespace {
struct Kind
{
    const char *type;      // the Check's type, "" for a kind PortDesk does not accept
    QByteArray magic;      // the content's first bytes
    qsizetype offset;      // where the magic starts
    const char *described; // what it is, in words (translated in describe())
};

// Accepted kinds first. The others are only there so that the refusal can say what the file is:
// a phone's HEIC photo, a Word document, a renamed program.
const Kind kKinds[] = {
    {"pdf", QByteArray("%PDF-"), 0, QT_TRANSLATE_NOOP("SignedLoaFile", "a PDF document")},
    {"png", QByteArray("\x89PNG\r\n\x1a\n"), 0, QT_TRANSLATE_NOOP("SignedLoaFile", "a PNG image")},
    {"jpeg", QByteArray("\xFF\xD8\xFF"), 0, QT_TRANSLATE_NOOP("SignedLoaFile", "a JPEG image")},
    {"", QByteArray("ftypheic"), 4, QT_TRANSLATE_NOOP("SignedLoaFile", "a HEIC photo")},
    {"", QByteArray("ftypmif1"), 4, QT_TRANSLATE_NOOP("SignedLoaFile", "a HEIC photo")},
    {"", QByteArray("GIF8"), 0, QT_TRANSLATE_NOOP("SignedLoaFile", "a GIF image")},
    {"", QByteArray("II*\0", 4), 0, QT_TRANSLATE_NOOP("SignedLoaFile", "a TIFF image")},
    {"", QByteArray("MM\0*", 4), 0, QT_TRANSLATE_NOOP("SignedLoaFile", "a TIFF image")},
    {"", QByteArray("PK\x03\x04"), 0, QT_TRANSLATE_NOOP("SignedLoaFile", "a ZIP archive or Office document")},
    {"", QByteArray("MZ"), 0, QT_TRANSLATE_NOOP("SignedLoaFile", "a Windows program")},
    {"",
     QByteArray("\x7F"
                "ELF"),
     0, QT_TRANSLATE_NOOP("SignedLoaFile", "a program")},
};

const Kind *kindOf(const QByteArray &content)
{
    for (const Kind &kind : kKinds) {
        if (content.mid(kind.offset, kind.magic.size()) == kind.magic)
            return &kind;
    }
    return nullptr;
}

// Readable text (UTF-8 without control characters other than line breaks and tabs): worth
// saying so, as "letter.pdf" that is really text is the usual mistake.
bool looksLikeText(const QByteArray &content)
{
    const QByteArray head = content.left(4096);
    for (const char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\n' && c != '\r' && c != '\t')
            return false;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)QString(utf8(content.size() > head.size() ? head.chopped(4) : head)); // a cut sequence at the end is fine
    return !utf8.hasError();
}

QString described(const char *source)
{
    return QCoreApplication::translate("SignedLoaFile", source);
}

// What a file named `type` ("pdf", "png", "jpeg") should have held, in words.
QString describedType(const QString &type)
{
    for (const Kind &kind : kKinds) {
        if (type == QLatin1String(kind.type))
            return described(kind.described);
    }
    return type;
}

// The type a file's name claims, from its extension; "" when it is none of the accepted ones.
QString typeNamed(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return QStringLiteral("pdf");
    if (suffix == QLatin1String("png"))
        return QStringLiteral("png");
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return QStringLiteral("jpeg");
    return {};
}

QString tooLarge(const QString &fileName, qint64 size)
{
    const QLocale locale;
    return SignedLoaFile::tr("%1 is too large (%2): a signed letter may be at most %3. Scan it at a lower "
                             "resolution or as a PDF.")
        .arg(fileName, locale.formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat),
             locale.formattedDataSize(SignedLoaFile::kMaxBytes, 0, QLocale::DataSizeTraditionalFormat));
}
} // namespace

SignedLoaFile::Check SignedLoaFile::fromBytes(const QByteArray &content, const QString &fileName)
{
    Check c;
    c.fileName = QFileInfo(fileName).fileName();
    c.size = content.size();
    if (content.isEmpty()) {
        c.error = tr("%1 is empty: attach the signed letter itself.").arg(c.fileName);
        return c;
    }
    if (c.size > kMaxBytes) {
        c.error = tooLarge(c.fileName, c.size);
        return c;
    }
    const Kind *kind = kindOf(content);
    if (!kind || !*kind->type) {
        const QString what =
            kind ? described(kind->described) : (looksLikeText(content) ? tr("a text file") : QString());
        c.error = what.isEmpty()
                      ? tr("%1 is not a PDF, PNG or JPEG file. Attach the signed letter as a PDF, PNG or JPEG.")
                            .arg(c.fileName)
                      : tr("%1 is not a PDF, PNG or JPEG file: it is %2. Attach the signed letter as a PDF, PNG or "
                           "JPEG.")
                            .arg(c.fileName, what);
        return c;
    }
    c.type = QString::fromLatin1(kind->type);
    const QString named = typeNamed(c.fileName);
    if (named.isEmpty()) {
        c.error = tr("%1 holds %2 but its name does not end in .pdf, .png or .jpg. Rename it to match.")
                      .arg(c.fileName, described(kind->described));
        return c;
    }
    if (named != c.type) {
        c.error = tr("%1 is named as %2 but it is really %3. Rename it to match what it holds, or attach the right "
                     "file.")
                      .arg(c.fileName, describedType(named), described(kind->described));
        return c;
    }
    c.ok = true;
    c.sha256Hex = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    c.content = content;
    return c;
}

SignedLoaFile::Check SignedLoaFile::check(const QString &path)
{
    const QFileInfo info(path);
    Check c;
    c.fileName = info.fileName();
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        c.error = tr("%1 does not exist.").arg(shown);
        return c;
    }
    if (info.isDir()) {
        c.error = tr("%1 is a folder: attach the signed letter's file.").arg(shown);
        return c;
    }
    if (info.size() > kMaxBytes) { // said before reading a huge file into memory
        c.size = info.size();
        c.error = tooLarge(c.fileName, c.size);
        return c;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.error = tr("%1 could not be read: %2").arg(shown, file.errorString());
        return c;
    }
    // One byte over the limit is enough to know it is too large, should the file have grown.
    const QByteArray content = file.read(kMaxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        c.error = tr("%1 could not be read: %2").arg(shown, file.errorString());
        return c;
    }
    return fromBytes(content, info.fileName());
}

} // namespace portdesk
