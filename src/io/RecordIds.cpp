#include "RecordIds.h"

#include "domain/ValueFormat.h"
#include "storage/Database.h"

#include <QRegularExpression>

namespace houqin::io::detail {

namespace {
QString prefixOf(const Database& db) {
    QString hex = db.databaseId();
    hex.remove(QLatin1Char('-'));
    return hex.left(8).toLower();
}

bool sameFields(const RecordKind& kind, const Record& a, const Record& b) {
    for (const FieldDef& f : kind.fields)
        if (valuefmt::canonical(f, a.value(f.key)) != valuefmt::canonical(f, b.value(f.key)))
            return false;
    return true;
}
} // namespace

const FieldDef& idField() {
    static const FieldDef f = field::text(QStringLiteral("id"), QT_TRANSLATE_NOOP("Fields", "Record ID"));
    return f;
}

QString recordIdText(const Database& db, qint64 id) {
    const QString prefix = prefixOf(db);
    if (prefix.isEmpty() || id <= 0)
        return {};
    return prefix + QLatin1Char('-') + QString::number(id);
}

ParsedId parseRecordId(const Database& db, const QString& cell) {
    const QString s = valuefmt::normalise(cell);
    if (s.isEmpty())
        return {};
    static const QRegularExpression form(QStringLiteral("^([0-9A-Fa-f]{8})-([0-9]{1,18})$"));
    const auto m = form.match(s);
    if (!m.hasMatch())
        return {ParsedId::Kind::Malformed, 0};
    const qint64 id = m.captured(2).toLongLong();
    if (m.captured(1).toLower() != prefixOf(db))
        return {ParsedId::Kind::OtherDatabase, id};
    return {id > 0 ? ParsedId::Kind::Ours : ParsedId::Kind::Malformed, id};
}

bool sameValues(const RecordKind& kind, const Record& a, const Record& b) {
    if (!sameFields(kind, a, b))
        return false;
    if (!kind.lines)
        return true;
    if (a.lines.size() != b.lines.size())
        return false;
    for (qsizetype i = 0; i < a.lines.size(); ++i)
        if (!sameFields(*kind.lines, a.lines.at(i), b.lines.at(i)))
            return false;
    return true;
}

} // namespace houqin::io::detail
