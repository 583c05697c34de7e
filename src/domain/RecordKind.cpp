#include "RecordKind.h"

#include "ValueFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace houqin {

namespace {

QString numberText(double v, int decimals) {
    return QString::number(v, 'f', decimals);
}

// A date outside the kindergarten's plausible range (settings: earliest year, years ahead) is a typing
// error: 1900-01-01 and 9999-12-31 are refused with the range in the message.
void checkPlausible(const FieldDef& f, QDate d, const RuleContext& ctx, Issues& out) {
    const QDate lo = ctx.settings.earliestDate();
    const QDate hi = ctx.settings.latestDate(ctx.now.date());
    if (d < lo || (hi.isValid() && d > hi))
        out << Issue::error(
            f.key, QCoreApplication::translate(
                       "Validation", "%1: %2 is not a plausible date (records lie between %3 and %4; "
                                     "the range is a setting).")
                       .arg(f.displayLabel(), d.toString(Qt::ISODate), lo.toString(Qt::ISODate),
                            hi.isValid() ? hi.toString(Qt::ISODate) : QStringLiteral("…")));
}

bool isBidiControl(char16_t u) {
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

// Text holds what people can read: no control characters (NUL, BEL, ESC of terminal escapes; line breaks and
// tabs only in long text), no right-to-left overrides that reorder what is shown, and not only invisible
// characters (a zero-width space alone is an empty cell that looks filled).
void checkCharacters(const FieldDef& f, const QString& s, Issues& out) {
    bool visible = false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool lineBreakOrTab = u == u'\n' || u == u'\t' || u == u'\r';
        if ((c.category() == QChar::Other_Control && !(lineBreakOrTab && f.type == FieldType::LongText)) ||
            isBidiControl(u)) {
            out << Issue::error(
                f.key, QCoreApplication::translate(
                           "Validation", "%1 contains an invisible control character (U+%2); remove it.")
                           .arg(f.displayLabel(),
                                QString::number(u, 16).toUpper().rightJustified(4, QLatin1Char('0'))));
            return;
        }
        if (!c.isSpace() && c.category() != QChar::Other_Format && u != 0x3164 && u != 0x115F && u != 0x1160)
            visible = true;
    }
    if (!visible)
        out << Issue::error(f.key,
                            QCoreApplication::translate("Validation", "%1 holds only invisible characters.")
                                .arg(f.displayLabel()));
}

void checkField(const FieldDef& f, const QVariant& v, const RuleContext& ctx, Issues& out) {
    // The field's translated label, looked up only for a message.
    const auto name = [&f] { return f.displayLabel(); };
    if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty())) {
        if (f.required)
            out << Issue::error(f.key,
                                QCoreApplication::translate("Validation", "%1 is required.").arg(name()));
        return;
    }
    switch (f.type) {
    case FieldType::Integer:
    case FieldType::Money:
    case FieldType::Decimal: {
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (!ok) {
            out << Issue::error(
                f.key, QCoreApplication::translate("Validation", "%1 must be a number.").arg(name()));
            return;
        }
        const int digits = f.type == FieldType::Money ? 2 : f.decimals;
        const double shown = f.type == FieldType::Money ? d / 100.0 : d;
        const double lo = f.min.value_or(0), hi = f.max.value_or(0);
        if (f.min && d < *f.min)
            out << Issue::error(
                f.key, QCoreApplication::translate("Validation", "%1 must be at least %2%3 (got %4%3).")
                           .arg(name(), numberText(f.type == FieldType::Money ? lo / 100 : lo, digits),
                                f.unit, numberText(shown, digits)));
        else if (f.max && d > *f.max)
            out << Issue::error(
                f.key, QCoreApplication::translate("Validation", "%1 must be at most %2%3 (got %4%3).")
                           .arg(name(), numberText(f.type == FieldType::Money ? hi / 100 : hi, digits),
                                f.unit, numberText(shown, digits)));
        break;
    }
    case FieldType::Choice:
        if (!f.choice(v.toString()))
            out << Issue::error(
                f.key, QCoreApplication::translate("Validation", "%1: \"%2\" is not one of the choices.")
                           .arg(name(), valuefmt::excerpt(v.toString())));
        break;
    case FieldType::Campus:
        if (!ctx.settings.campuses.contains(v.toString()))
            out << Issue::error(
                f.key, QCoreApplication::translate("Validation",
                                                   "%1: \"%2\" is not a campus of this kindergarten (%3).")
                           .arg(name(), valuefmt::excerpt(v.toString()),
                                ctx.settings.campuses.join(QStringLiteral(", "))));
        break;
    case FieldType::Date:
        if (!v.toDate().isValid())
            out << Issue::error(
                f.key, QCoreApplication::translate("Validation", "%1 is not a valid date.").arg(name()));
        else
            checkPlausible(f, v.toDate(), ctx, out);
        break;
    case FieldType::DateTime:
        if (!v.toDateTime().isValid())
            out << Issue::error(
                f.key,
                QCoreApplication::translate("Validation", "%1 is not a valid date and time.").arg(name()));
        else
            checkPlausible(f, v.toDateTime().date(), ctx, out);
        break;
    default:
        break;
    }
    if (f.isText()) {
        const QString s = v.toString();
        checkCharacters(f, s, out);
        if (f.maxLength > 0 && s.size() > f.maxLength)
            out << Issue::error(
                f.key, QCoreApplication::translate("Validation", "%1 is too long: %2 characters, at most %3.")
                           .arg(name())
                           .arg(s.size())
                           .arg(f.maxLength));
        if (!f.pattern.isEmpty()) {
            const QRegularExpression re(QRegularExpression::anchoredPattern(f.pattern));
            if (!re.match(s).hasMatch())
                out << Issue::error(f.key,
                                    QCoreApplication::translate("Validation", "%1: \"%2\" is not valid: %3.")
                                        .arg(name(), valuefmt::excerpt(s),
                                             QCoreApplication::translate(kFieldsContext, f.patternHint)));
        }
    }
}
} // namespace

bool Record::isEmpty(const QString& key) const {
    const QVariant v = values.value(key);
    return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty());
}

const FieldDef* RecordKind::field(const QString& key) const {
    for (const FieldDef& f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

const DerivedDef* RecordKind::derivedField(const QString& key) const {
    for (const DerivedDef& d : derived)
        if (d.field.key == key)
            return &d;
    return nullptr;
}

const FilterDef* RecordKind::filter(const QString& key) const {
    for (const FilterDef& f : filters)
        if (f.key == key)
            return &f;
    return nullptr;
}

const StoredConstraint* RecordKind::constraintFor(const QString& databaseMessage) const {
    for (const StoredConstraint& c : constraints)
        if (!c.match.isEmpty() && databaseMessage.contains(c.match))
            return &c;
    return nullptr;
}

QString StoredConstraint::displayMessage() const {
    return QCoreApplication::translate("Constraints", message);
}

const FieldDef* RecordKind::anyField(const QString& key) const {
    if (const FieldDef* f = field(key))
        return f;
    if (const DerivedDef* d = derivedField(key))
        return &d->field;
    return nullptr;
}

QStringList RecordKind::columns() const {
    if (!listColumns.isEmpty())
        return listColumns;
    QStringList keys;
    for (const FieldDef& f : fields)
        keys << f.key;
    return keys;
}

QString RecordKind::describe(const Record& r) const {
    QStringList parts;
    if (!dateField.isEmpty() && field(dateField))
        parts << valuefmt::display(*field(dateField), r.value(dateField));
    if (!titleField.isEmpty() && field(titleField))
        parts << valuefmt::display(*field(titleField), r.value(titleField));
    if (parts.isEmpty())
        parts << QStringLiteral("#%1").arg(r.id);
    return parts.join(QLatin1Char(' '));
}

QString lineIssueField(qsizetype lineIndex, const QString& fieldKey) {
    return QStringLiteral("lines/%1/%2").arg(lineIndex).arg(fieldKey);
}

bool splitLineIssueField(const QString& issueField, int* lineIndex, QString* fieldKey) {
    static const QRegularExpression re(QStringLiteral("^lines/(\\d+)/(.*)$"));
    const auto m = re.match(issueField);
    if (!m.hasMatch())
        return false;
    *lineIndex = m.captured(1).toInt();
    *fieldKey = m.captured(2);
    return true;
}

Issues validateField(const FieldDef& f, const QVariant& value, const RuleContext& ctx) {
    Issues issues;
    checkField(f, value, ctx, issues);
    return issues;
}

Issues validateRecord(const RecordKind& kind, const Record& record, const RuleContext& ctx) {
    Issues issues;
    for (const FieldDef& f : kind.fields)
        checkField(f, record.value(f.key), ctx, issues);
    if (kind.lines) {
        if (record.lines.size() < kind.minLines)
            issues << Issue::error(kLinesIssueField,
                                   QCoreApplication::translate("Validation", "%1 needs at least %n line(s).",
                                                               nullptr, kind.minLines)
                                       .arg(kind.displayLabel()));
        for (qsizetype i = 0; i < record.lines.size(); ++i)
            for (Issue issue : validateRecord(*kind.lines, record.lines.at(i), ctx)) {
                issue.field = lineIssueField(i, issue.field);
                issues << issue;
            }
    }
    // Cross-field rules assume every field is well-formed, so they run only when the fields are.
    if (!hasErrors(issues) && kind.rules)
        kind.rules(record, ctx, issues);
    return issues;
}

Record newRecord(const RecordKind& kind, const Record* previous, const RuleContext& ctx,
                 const QString& campus) {
    Record r;
    const QStringList& campuses = ctx.settings.campuses;
    for (const FieldDef& f : kind.fields) {
        if (f.type == FieldType::Campus && f.defaultValue.isNull() && !campuses.isEmpty())
            r.set(f.key, campuses.contains(campus) ? campus : campuses.first());
        else if (!f.defaultValue.isNull())
            r.set(f.key, f.defaultValue);
        if (previous && f.carryOver && !previous->isEmpty(f.key))
            r.set(f.key, previous->value(f.key));
    }
    if (kind.prefill)
        kind.prefill(r, previous, ctx);
    return r;
}

QVariantMap deriveValues(const RecordKind& kind, const Record& record, const RuleContext& ctx) {
    QVariantMap out;
    for (const DerivedDef& d : kind.derived)
        out.insert(d.field.key, d.compute(record, ctx));
    return out;
}

} // namespace houqin
