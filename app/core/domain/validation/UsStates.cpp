#include "UsStates.h"

#include <QHash>

namespace portdesk {

namespace {

struct StateEntry
{
    const char *code;
    const char *name;
    StateCodeKind kind;
};

constexpr StateEntry kStates[] = {
    {"AL", "Alabama", StateCodeKind::Allowed},
    {"AK", "Alaska", StateCodeKind::Allowed},
    {"AZ", "Arizona", StateCodeKind::Allowed},
    {"AR", "Arkansas", StateCodeKind::Allowed},
    {"CA", "California", StateCodeKind::Allowed},
    {"CO", "Colorado", StateCodeKind::Allowed},
    {"CT", "Connecticut", StateCodeKind::Allowed},
    {"DE", "Delaware", StateCodeKind::Allowed},
    {"FL", "Florida", StateCodeKind::Allowed},
    {"GA", "Georgia", StateCodeKind::Allowed},
    {"HI", "Hawaii", StateCodeKind::Allowed},
    {"ID", "Idaho", StateCodeKind::Allowed},
    {"IL", "Illinois", StateCodeKind::Allowed},
    {"IN", "Indiana", StateCodeKind::Allowed},
    {"IA", "Iowa", StateCodeKind::Allowed},
    {"KS", "Kansas", StateCodeKind::Allowed},
    {"KY", "Kentucky", StateCodeKind::Allowed},
    {"LA", "Louisiana", StateCodeKind::Allowed},
    {"ME", "Maine", StateCodeKind::Allowed},
    {"MD", "Maryland", StateCodeKind::Allowed},
    {"MA", "Massachusetts", StateCodeKind::Allowed},
    {"MI", "Michigan", StateCodeKind::Allowed},
    {"MN", "Minnesota", StateCodeKind::Allowed},
    {"MS", "Mississippi", StateCodeKind::Allowed},
    {"MO", "Missouri", StateCodeKind::Allowed},
    {"MT", "Montana", StateCodeKind::Allowed},
    {"NE", "Nebraska", StateCodeKind::Allowed},
    {"NV", "Nevada", StateCodeKind::Allowed},
    {"NH", "New Hampshire", StateCodeKind::Allowed},
    {"NJ", "New Jersey", StateCodeKind::Allowed},
    {"NM", "New Mexico", StateCodeKind::Allowed},
    {"NY", "New York", StateCodeKind::Allowed},
    {"NC", "North Carolina", StateCodeKind::Allowed},
    {"ND", "North Dakota", StateCodeKind::Allowed},
    {"OH", "Ohio", StateCodeKind::Allowed},
    {"OK", "Oklahoma", StateCodeKind::Allowed},
    {"OR", "Oregon", StateCodeKind::Allowed},
    {"PA", "Pennsylvania", StateCodeKind::Allowed},
    {"RI", "Rhode Island", StateCodeKind::Allowed},
    {"SC", "South Carolina", StateCodeKind::Allowed},
    {"SD", "South Dakota", StateCodeKind::Allowed},
    {"TN", "Tennessee", StateCodeKind::Allowed},
    {"TX", "Texas", StateCodeKind::Allowed},
    {"UT", "Utah", StateCodeKind::Allowed},
    {"VT", "Vermont", StateCodeKind::Allowed},
    {"VA", "Virginia", StateCodeKind::Allowed},
    {"WA", "Washington", StateCodeKind::Allowed},
    {"WV", "West Virginia", StateCodeKind::Allowed},
    {"WI", "Wisconsin", StateCodeKind::Allowed},
    {"WY", "Wyoming", StateCodeKind::Allowed},
    {"DC", "District of Columbia", StateCodeKind::Allowed},
    {"PR", "Puerto Rico", StateCodeKind::Allowed},
    {"VI", "U.S. Virgin Islands", StateCodeKind::Allowed},
    {"GU", "Guam", StateCodeKind::Allowed},
    {"MP", "Northern Mariana Islands", StateCodeKind::Allowed},
    {"AS", "American Samoa", StateCodeKind::Allowed},
    {"FM", "Federated States of Micronesia", StateCodeKind::OutsideNanp},
    {"MH", "Marshall Islands", StateCodeKind::OutsideNanp},
    {"PW", "Palau", StateCodeKind::OutsideNanp},
    {"AA", "Armed Forces Americas", StateCodeKind::Military},
    {"AE", "Armed Forces Europe", StateCodeKind::Military},
    {"AP", "Armed Forces Pacific", StateCodeKind::Military},
};

const StateEntry *findByCode(const QString &code)
{
    static const QHash<QString, const StateEntry *> byCode = [] {
        QHash<QString, const StateEntry *> h;
        for (const StateEntry &e : kStates)
            h.insert(QLatin1String(e.code), &e);
        return h;
    }();
    return byCode.value(code.trimmed().toUpper(), nullptr);
}

// Names compare without case, spaces or dots, so "u.s. virgin islands" finds VI.
QString nameKey(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isLetter())
            out.append(c.toLower());
    }
    return out;
}

} // namespace

StateCodeKind stateCodeKind(const QString &code)
{
    const StateEntry *e = findByCode(code);
    return e ? e->kind : StateCodeKind::Unknown;
}

QStringList allowedStateCodes()
{
    QStringList codes;
    for (const StateEntry &e : kStates) {
        if (e.kind == StateCodeKind::Allowed)
            codes.append(QLatin1String(e.code));
    }
    codes.sort();
    return codes;
}

QString stateName(const QString &code)
{
    const StateEntry *e = findByCode(code);
    return e ? QLatin1String(e->name) : QString();
}

QString stateCodeForName(const QString &name)
{
    static const QHash<QString, QString> byName = [] {
        QHash<QString, QString> h;
        for (const StateEntry &e : kStates)
            h.insert(nameKey(QLatin1String(e.name)), QLatin1String(e.code));
        h.insert(QStringLiteral("virginislands"), QStringLiteral("VI"));
        h.insert(QStringLiteral("washingtondc"), QStringLiteral("DC"));
        return h;
    }();
    return byName.value(nameKey(name));
}

} // namespace portdesk
