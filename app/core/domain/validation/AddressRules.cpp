#include "AddressRules.h"

#include "FieldNames.h"
#include "UsStates.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace portdesk {

namespace {
using Severity = FieldIssue::Severity;

FieldIssue issue(Severity severity, const QString &field, const char *code, const QString &message)
{
    return {severity, field, QLatin1String(code), message};
}

bool isZipShape(const QString &zip)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\d{5}(-\d{4})?$)"));
    return shape.match(zip).hasMatch();
}
} // namespace

bool isPoBox(const QString &line)
{
    // Punctuation becomes spaces first, so "P.O.B.", "p-o box" and "P. O. Box" all read as
    // letters separated by spaces. Requiring a box number (or the end of the line) after the
    // designator keeps street names that start with the same letters valid.
    QString text = line.toLower();
    for (QChar &c : text) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    }
    static const QRegularExpression poBox(
        QStringLiteral(R"(\b(p\s*o\s*box|p\s*o\s*b|post\s*office\s*box)\s*([a-z]?\d|$))"));
    return poBox.match(text).hasMatch();
}

FieldIssues validateStreetLine(const QString &value, const QString &field)
{
    const QString text = value.trimmed();
    if (text.isEmpty()) {
        if (field == FieldName::Street2)
            return {};
        return {
            issue(Severity::Error, field, "street.required",
                  QCoreApplication::translate("PortValidation", "Enter the street address from the customer's bill."))};
    }
    if (isPoBox(text)) {
        return {issue(Severity::Error, field, "street.po-box",
                      QCoreApplication::translate("PortValidation",
                                                  "A PO Box is not accepted: ask the customer for the physical "
                                                  "service address (street and house number)."))};
    }
    return {};
}

FieldIssues validateCity(const QString &value)
{
    if (!value.trimmed().isEmpty())
        return {};
    return {issue(Severity::Error, FieldName::City, "city.required",
                  QCoreApplication::translate("PortValidation", "Enter the city of the billing address."))};
}

QString normalizeState(const QString &value)
{
    return value.trimmed().toUpper();
}

FieldIssues validateState(const QString &value)
{
    const QString code = normalizeState(value);
    const auto error = [](const char *id, const QString &message) {
        return FieldIssues{issue(Severity::Error, FieldName::State, id, message)};
    };
    if (code.isEmpty()) {
        return error("state.required",
                     QCoreApplication::translate("PortValidation", "Choose the state of the billing address."));
    }
    switch (stateCodeKind(code)) {
    case StateCodeKind::Allowed:
        return {};
    case StateCodeKind::OutsideNanp:
        return error("state.outside-nanp",
                     QCoreApplication::translate("PortValidation", "%1 (%2) is not part of the North American "
                                                                   "numbering plan: its numbers cannot be ported "
                                                                   "here.")
                         .arg(code, stateName(code)));
    case StateCodeKind::Military:
        return error("state.military",
                     QCoreApplication::translate("PortValidation", "%1 is a military (APO/FPO) code: the billing "
                                                                   "address must be in a US state or territory.")
                         .arg(code));
    case StateCodeKind::Unknown:
        break;
    }
    const QString fromName = stateCodeForName(value);
    if (!fromName.isEmpty() && stateCodeKind(fromName) == StateCodeKind::Allowed) {
        return error("state.name", QCoreApplication::translate("PortValidation", "Use the two-letter code: %1 for %2.")
                                       .arg(fromName, stateName(fromName)));
    }
    return error("state.unknown",
                 QCoreApplication::translate("PortValidation", "\"%1\" is not a US state or territory: use the "
                                                               "two-letter USPS code, for example UT.")
                     .arg(value.trimmed()));
}

QString normalizeZip(const QString &value)
{
    const QString zip = value.trimmed();
    static const QRegularExpression nineDigits(QStringLiteral(R"(^\d{9}$)"));
    if (nineDigits.match(zip).hasMatch())
        return zip.left(5) + QLatin1Char('-') + zip.mid(5);
    return zip;
}

FieldIssues validateZip(const QString &value)
{
    const QString zip = normalizeZip(value);
    if (zip.isEmpty()) {
        return {issue(Severity::Error, FieldName::Zip, "zip.required",
                      QCoreApplication::translate("PortValidation", "Enter the ZIP code of the billing address."))};
    }
    if (!isZipShape(zip)) {
        return {issue(Severity::Error, FieldName::Zip, "zip.format",
                      QCoreApplication::translate("PortValidation", "Enter the ZIP as 5 digits (84043) or ZIP+4 "
                                                                    "(84043-1234)."))};
    }
    return {};
}

FieldIssues checkZipMatchesState(const QString &zip, const QString &state, const Zip3Table &table)
{
    const QString z = normalizeZip(zip);
    const QString s = normalizeState(state);
    if (table.isEmpty() || !isZipShape(z) || stateCodeKind(s) != StateCodeKind::Allowed)
        return {};
    const QStringList states = table.statesFor(z);
    if (states.contains(s))
        return {};
    if (states.isEmpty()) {
        return {issue(Severity::Warning, FieldName::Zip, "zip.unknown-prefix",
                      QCoreApplication::translate("PortValidation", "No US ZIP code starts with %1: check the ZIP "
                                                                    "on the bill.")
                          .arg(z.left(3)))};
    }
    return {issue(Severity::Warning, FieldName::Zip, "zip.state-mismatch",
                  QCoreApplication::translate("PortValidation", "ZIP %1 belongs to %2, not %3: carriers reject a "
                                                                "ZIP from another state, so check both on the bill.")
                      .arg(z, states.join(QLatin1String("/")), s))};
}

FieldIssues checkZipMatchesState(const QString &zip, const QString &state)
{
    if (zip.trimmed().isEmpty() || state.trimmed().isEmpty())
        return {}; // an empty form (the wizard's first paint validates one) need not parse the table
    return checkZipMatchesState(zip, state, Zip3Table::builtIn());
}

FieldIssues validateBillingAddress(const BillingAddress &address)
{
    FieldIssues out;
    out += validateStreetLine(address.street1, FieldName::Street1);
    out += validateStreetLine(address.street2, FieldName::Street2);
    out += validateCity(address.city);
    out += validateState(address.state);
    out += validateZip(address.zip);
    out += checkZipMatchesState(address.zip, address.state);
    return out;
}

BillingAddress normalizeBillingAddress(const BillingAddress &address)
{
    return {address.street1.trimmed(), address.street2.trimmed(), address.city.trimmed(), normalizeState(address.state),
            normalizeZip(address.zip)};
}

} // namespace portdesk
