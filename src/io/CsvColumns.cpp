#include "CsvColumns.h"

#include "RecordIds.h"
#include "domain/Translations.h"
#include "domain/ValueFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace houqin::io::detail {

namespace {

// What a heading can name: a stored field (to fill) or a derived one (exported, ignored on import).
struct Name {
    const FieldDef* field = nullptr;
    bool derived = false;
    bool line = false;
    bool identity = false; // the record identity column
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

QHash<QString, Name> namesOf(const RecordKind& kind) {
    QHash<QString, Name> names;
    // First come, first kept: stored fields win over derived ones, keys over labels.
    auto add = [&](const QString& text, const Name& n) {
        const QString k = fold(text);
        if (!k.isEmpty() && !names.contains(k))
            names.insert(k, n);
    };
    auto addAll = [&](const FieldDef& f, bool derived, bool line) {
        add(f.key, {&f, derived, line});
        add(QString::fromUtf8(f.label), {&f, derived, line});
        add(f.displayLabel(), {&f, derived, line});
        add(i18n::translateIn(QStringLiteral("zh_CN"), kFieldsContext, f.label), {&f, derived, line});
        for (const QString& alias : f.headerAliases)
            add(alias, {&f, derived, line});
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
    const QHash<QString, Name> names = namesOf(kind);
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
        const auto found = names.constFind(fold(written));
        if (found == names.constEnd()) {
            problem(written,
                    QCoreApplication::translate("RecordCsv", "Not a column of %1. The columns are: %2.")
                        .arg(kind.displayLabel(), expectedColumns(kind)));
            continue;
        }
        const FieldDef* f = found->field;
        if (found->derived) {
            // Computed from the other columns, so what the file says is not needed, unless the field asks
            // for the file's value to be checked against the computed one (an asset system's 金额).
            if (f->checkedOnImport && !found->line && !out.headingFor.contains(f->key)) {
                out.headingFor.insert(f->key, written);
                out.checks << CsvColumn{i, written, f, written == f->key, false};
            }
            continue;
        }
        const QString slot = found->identity ? QStringLiteral("#id")
                             : found->line   ? QStringLiteral("lines/") + f->key
                                             : f->key;
        if (const auto seen = out.headingFor.constFind(slot); seen != out.headingFor.constEnd()) {
            problem(written, QCoreApplication::translate("RecordCsv",
                                                         "The same column as \"%1\"; keep only one of them.")
                                 .arg(*seen));
            continue;
        }
        out.headingFor.insert(slot, written);
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
