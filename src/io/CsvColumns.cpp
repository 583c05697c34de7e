#include "CsvColumns.h"

#include "RecordIds.h"
#include "domain/Translations.h"
#include "domain/ValueFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace houqin::io::detail {

namespace {

// What a heading can name: a stored field (to fill) or a derived one (exported, ignored on import).
struct Name {
    const FieldDef* field = nullptr;
    bool derived = false;
    bool line = false;
    bool identity = false; // the record identity column

    // What the column fills; a file names each slot once. Stored fields keep their key ("lines/" + key for
    // a line's), as CsvColumns::headingFor is keyed.
    QString slot() const {
        if (identity)
            return QStringLiteral("#id");
        const QString own = line ? QStringLiteral("lines/") + field->key : field->key;
        return derived ? QStringLiteral("=") + own : own;
    }
};

// Headings compare after trimming, full-width folding and case folding, so "ＤＡＴＥ " finds date; brackets
// of any width or shape are one pair, with no spaces around them, so "单价（元）", "单价(元)" and
// "单价 【元】" are one heading.
QString fold(const QString& heading) {
    QString s = valuefmt::normalise(heading).toCaseFolded();
    for (QChar& c : s) {
        if (c == u'【' || c == u'〔' || c == u'［' || c == u'[')
            c = u'(';
        else if (c == u'】' || c == u'〕' || c == u'］' || c == u']')
            c = u')';
    }
    static const QRegularExpression aroundBrackets(QStringLiteral("\\s*([()])\\s*"));
    return s.replace(aroundBrackets, QStringLiteral("\\1")).trimmed();
}

// The heading of a line column that a record column's name would take: "Line · Note" (明细·备注).
//: zh_CN "明细·%1"
const char* const kLineHeading = QT_TRANSLATE_NOOP("RecordCsv", "Line · %1");

// Every heading a field may have in a file: its key, its label in English, in the current language and in
// Chinese, and its aliases.
QStringList namesOfField(const FieldDef& f) {
    QStringList names{f.key, QString::fromUtf8(f.label), f.displayLabel(),
                      i18n::translateIn(QStringLiteral("zh_CN"), kFieldsContext, f.label)};
    return names << f.headerAliases;
}

// A line field's headings with the line prefix, in English, in the current language and in Chinese.
QStringList prefixedNames(const FieldDef& f) {
    const QString zhFormat = i18n::translateIn(QStringLiteral("zh_CN"), "RecordCsv", kLineHeading);
    return {QString::fromUtf8(kLineHeading).arg(QString::fromUtf8(f.label)),
            QCoreApplication::translate("RecordCsv", kLineHeading).arg(f.displayLabel()),
            zhFormat.arg(i18n::translateIn(QStringLiteral("zh_CN"), kFieldsContext, f.label))};
}

// Folded heading -> what it can name, in the order an export writes the columns: the record's stored
// fields, the lines' stored fields, the record ID, the record's derived fields, the lines' derived fields.
// A heading naming several (a record's note and a line's note, both keyed "note") fills the first of them
// the file has not filled yet, so an export's columns, written in that order, are read back in that order.
using Names = QHash<QString, QList<Name>>;

Names namesOf(const RecordKind& kind) {
    Names names;
    auto add = [&](const QString& text, const Name& n) {
        const QString k = fold(text);
        if (k.isEmpty())
            return;
        QList<Name>& list = names[k];
        for (const Name& seen : list)
            if (seen.slot() == n.slot())
                return;
        list << n;
    };
    auto addAll = [&](const FieldDef& f, bool derived, bool line) {
        for (const QString& text : namesOfField(f))
            add(text, {&f, derived, line});
        if (line)
            for (const QString& text : prefixedNames(f))
                add(text, {&f, derived, line});
    };
    for (const FieldDef& f : kind.fields)
        addAll(f, false, false);
    if (kind.lines)
        for (const FieldDef& f : kind.lines->fields)
            addAll(f, false, true);
    const FieldDef& id = idField();
    for (const QString& text : {id.key, QString::fromUtf8(id.label), id.displayLabel(),
                                i18n::translateIn(QStringLiteral("zh_CN"), kFieldsContext, id.label)})
        add(text, {&id, false, false, true});
    for (const DerivedDef& d : kind.derived)
        addAll(d.field, true, false);
    if (kind.lines)
        for (const DerivedDef& d : kind.lines->derived)
            addAll(d.field, true, true);
    return names;
}

// Spreadsheet column letters (A, B, ... Z, AA...), for a column that has no heading to name it by.
QString columnLetters(int index) {
    QString s;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        s.prepend(QChar(u'A' + (n - 1) % 26));
    return s;
}

QString expectedColumns(const RecordKind& kind) {
    QStringList labels;
    for (const FieldDef& f : kind.fields)
        labels << f.displayLabel();
    if (kind.lines)
        for (const FieldDef& f : kind.lines->fields)
            labels << f.displayLabel();
    return labels.join(QStringLiteral(", "));
}

} // namespace

QStringList exportHeadings(const RecordKind& kind, const QList<const FieldDef*>& fields,
                           const QList<bool>& line, bool keys) {
    QStringList out;
    if (keys) {
        for (const FieldDef* f : fields)
            out << f->key;
        return out;
    }
    QSet<QString> recordNames; // every heading that names a column of the record
    for (qsizetype i = 0; i < fields.size(); ++i)
        if (!line.value(i))
            for (const QString& name : namesOfField(*fields.at(i)))
                recordNames.insert(fold(name));
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString label = fields.at(i)->displayLabel();
        out << (line.value(i) && recordNames.contains(fold(label))
                    ? QCoreApplication::translate("RecordCsv", kLineHeading).arg(label)
                    : label);
    }
    return out;
}

QString CsvColumns::heading(const RecordKind& kind, const QString& fieldKey, bool line) const {
    if (const auto it = headingFor.constFind(line ? QStringLiteral("lines/") + fieldKey : fieldKey);
        it != headingFor.constEnd())
        return *it;
    const RecordKind* owner = line ? kind.lines.get() : &kind;
    if (const FieldDef* f = owner ? owner->anyField(fieldKey) : nullptr)
        return f->displayLabel();
    return {};
}

QVariant importDefault(const FieldDef& f, const KindergartenSettings& settings) {
    if (!f.defaultValue.isNull())
        return f.defaultValue;
    if (f.type == FieldType::Campus && settings.campuses.size() == 1)
        return settings.campuses.first();
    return {};
}

CsvColumns mapColumns(const RecordKind& kind, const KindergartenSettings& settings, const QStringList& header,
                      const QSet<int>& withValues, int headerRow) {
    const Names names = namesOf(kind);
    CsvColumns out;
    auto problem = [&](const QString& column, const QString& reason) {
        out.problems << ImportProblem{headerRow, column, reason};
    };
    for (int i = 0; i < header.size(); ++i) {
        const QString written = header.at(i).trimmed();
        if (written.isEmpty()) {
            // Spreadsheets often save a trailing empty column; only one with values needs a heading.
            if (withValues.contains(i))
                problem(QString(),
                        QCoreApplication::translate("RecordCsv", "Column %1 has values but no heading.")
                            .arg(columnLetters(i)));
            continue;
        }
        const QList<Name> candidates = names.value(fold(written));
        if (candidates.isEmpty()) {
            problem(written,
                    QCoreApplication::translate("RecordCsv", "Not a column of %1. The columns are: %2.")
                        .arg(kind.displayLabel(), expectedColumns(kind)));
            continue;
        }
        // The first of what the heading names that no earlier column filled.
        const auto found = std::find_if(candidates.cbegin(), candidates.cend(),
                                        [&](const Name& n) { return !out.headingFor.contains(n.slot()); });
        if (found == candidates.cend()) {
            // A derived column given twice says nothing the import reads; a stored one would fill a field
            // twice.
            if (std::all_of(candidates.cbegin(), candidates.cend(), [](const Name& n) { return n.derived; }))
                continue;
            problem(written, QCoreApplication::translate("RecordCsv",
                                                         "The same column as \"%1\"; keep only one of them.")
                                 .arg(out.headingFor.value(candidates.first().slot())));
            continue;
        }
        const FieldDef* f = found->field;
        out.headingFor.insert(found->slot(), written);
        if (found->derived) {
            // Computed from the other columns, so what the file says is not needed, unless the field asks
            // for the file's value to be checked against the computed one (an asset system's 金额).
            if (f->checkedOnImport && !found->line)
                out.checks << CsvColumn{i, written, f, written == f->key, false};
            continue;
        }
        if (found->identity) {
            out.idColumn = i;
            continue;
        }
        // Only the key exactly as an export writes it promises canonical values: "Price" typed by hand over
        // a money field keyed "price" is in yuan like any label.
        out.columns << CsvColumn{i, written, f, written == f->key, found->line};
    }
    auto checkMissing = [&](const RecordKind& owner, const QString& prefix, QList<const FieldDef*>& missing) {
        for (const FieldDef& f : owner.fields) {
            if (out.headingFor.contains(prefix + f.key))
                continue;
            missing << &f;
            if (f.required && importDefault(f, settings).isNull())
                problem(QString(),
                        QCoreApplication::translate("RecordCsv", "The required column %1 (%2) is missing.")
                            .arg(f.displayLabel(), f.key));
        }
    };
    checkMissing(kind, QString(), out.missing);
    if (kind.lines)
        checkMissing(*kind.lines, QStringLiteral("lines/"), out.missingLine);
    return out;
}

} // namespace houqin::io::detail
