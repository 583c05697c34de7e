#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <initializer_list>

// Parts the printed sheets share (the weekly safety, facility and walk-through sheets, the training forms):
// the day columns' headings and the signature lines under a sheet.
namespace houqin::reports {

// "Mon 11-16" / "周一 11-16": a day column's heading.
QString dayHeading(QDate day);

// Whether a sheet's signature lines end with the reviewer's (审核人).
enum class Reviewed { No, Yes };
// The signature lines under a sheet: each role, English source marked with QT_TRANSLATE_NOOP("Reports", …)
// at the caller ("Inspector (signature):"), translated here, then "Reviewer (signature):" when reviewed.
QStringList signatureLines(std::initializer_list<const char*> roles, Reviewed reviewed = Reviewed::Yes);

} // namespace houqin::reports
