#pragma once

#include "FieldDef.h"
#include "Issue.h"
#include "RecordValues.h"
#include "Settings.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <functional>
#include <memory>
#include <optional>

namespace houqin {

// One row of any kind. values holds canonical values keyed by field key (see FieldType); a record read from
// the database converts them from its stored row when they are read (RecordValues).
struct Record {
    qint64 id = 0; // 0 = not stored yet
    RecordValues values;
    QDateTime createdAt, updatedAt;
    QString createdBy, updatedBy;
    // The item lines of a kind that has lines (RecordKind::lines), in order; empty otherwise. Lists leave
    // them out; get() fills them.
    QList<Record> lines;

    QVariant value(const QString& key) const { return values.value(key); }
    void set(const QString& key, const QVariant& v) { values.insert(key, v); }
    bool isEmpty(const QString& key) const;
};

// What rules need besides the record itself: the kindergarten's settings and the current time.
// Tests pass a fixed time; the app passes the clock.
struct RuleContext {
    KindergartenSettings settings;
    QDateTime now;
    // For rules that look beyond their record (the supplier a delivery names): a stored record of kindKey
    // whose fieldKey equals value, or nothing. The storage layer fills it; unset, rules skip such checks.
    std::function<std::optional<Record>(const QString& kindKey, const QString& fieldKey,
                                        const QVariant& value)>
        findRecord;
    // Every stored record of kindKey whose fieldKey equals value, in the order of sortField (ascending);
    // for rules and prefills that need several (a checklist's template items). Unset = none.
    std::function<QList<Record>(const QString& kindKey, const QString& fieldKey, const QVariant& value,
                                const QString& sortField)>
        findRecords;
    // The greatest stored value of kindKey's text field fieldKey that starts with prefix, or an empty
    // string: for numbering within a prefix (the next asset code of a campus and year). Unset = none.
    std::function<QString(const QString& kindKey, const QString& fieldKey, const QString& prefix)>
        lastWithPrefix;
    // For a line's derived values: the record the line belongs to (an exam's pass mark decides each
    // score's result). Null when the caller has no record at hand.
    const Record* parent = nullptr;
};

// A value computed from a record, never stored: shown in lists, exported, printed.
// field describes it (key, type, label, choices); compute returns a canonical value of that type: a key, a
// number, a date, never text in the reader's language (FieldDef::displayAs words it for people), so that
// an export with keys stays language-neutral.
struct DerivedDef {
    FieldDef field;
    std::function<QVariant(const Record&, const RuleContext&)> compute;
};

struct RelatedQuery;
struct Workflow;

// A condition on a stored field, for named filters. The repository turns it into SQL with bound values.
// Exists / NotExists look at other records instead of a field (field is then unused): "a canteen worker
// with no morning check today" is a staff filter with NotExists on morning checks linked by name.
struct Condition {
    enum class Op { Eq, Ne, Lt, Le, Gt, Ge, IsNull, NotNull, Exists, NotExists, AnyOf };
    Condition() = default;
    Condition(QString fieldKey, Op o, std::function<QVariant(const RuleContext&)> v = {},
              std::shared_ptr<const RelatedQuery> r = {})
        : field(std::move(fieldKey)), op(o), value(std::move(v)), related(std::move(r)) {}
    Condition(Op o, std::shared_ptr<const RelatedQuery> r) : op(o), related(std::move(r)) {}
    // At least one of the alternatives holds ("unfit for duty": fever, or diarrhoea, or …).
    static Condition anyOf(QList<Condition> alternatives) {
        Condition c;
        c.op = Op::AnyOf;
        c.alternatives = std::move(alternatives);
        return c;
    }
    QString field;
    Op op = Op::Eq;
    std::function<QVariant(const RuleContext&)> value; // unused for IsNull/NotNull/Exists/NotExists
    std::shared_ptr<const RelatedQuery> related;       // only for Exists/NotExists
    QList<Condition> alternatives;                     // only for AnyOf
};

// The records an Exists / NotExists condition looks for: records of another kind, or the item lines of
// the outer record (lines = true), that match every link and every condition.
struct RelatedQuery {
    QString kindKey; // the other kind's key; with lines = true, the kind whose lines are meant
    bool lines = false;
    // inner field == outer field, e.g. {"person", "name"}; lines are linked to their record implicitly
    QList<QPair<QString, QString>> links;
    QList<Condition> conditions; // on the inner records; may nest further Exists / NotExists
};

// A refusal that the database itself makes for a kind (a trigger's RAISE, a UNIQUE index), declared so that
// people get it translated and beside the field it concerns, in the form and on import, instead of SQLite's
// English. match is a piece of SQLite's message: the RAISE text as the migration wrote it, or
// "UNIQUE constraint failed: table.column". message is English source in the context "Constraints".
struct StoredConstraint {
    QString match;
    QString field; // the field it concerns; empty = the record as a whole (a refused delete)
    const char* message = "";
    QString displayMessage() const;
};

// A change that writing a record makes to other records, declared by the kind (a disposal sets its assets'
// status to 报废): the records of kindKey whose matchField equals matchValue get the values in set. The
// repository applies it in the record's own transaction, through the other kind's repository, so the change
// is validated and audited like any edit, and it is refused with the record if it cannot be made.
struct LinkedUpdate {
    QString kindKey;
    QString matchField;
    QVariant matchValue;
    QVariantMap set; // field key -> canonical value
    // What the records get back when the writing record is deleted, or no longer causes this update
    // (a disposal line removed): only records still holding every value of set are changed, so that a
    // later edit of theirs is never overwritten. Empty = the update is not undone.
    QVariantMap undo;
};

// A record of another kind that an action creates (a purchase's 入库 creates register entries): the record
// with its values, and the item line of the acting record it comes from (-1 = the record as a whole), so
// that a refusal can name that line.
struct LinkedInsert {
    QString kindKey;
    Record record;
    qsizetype line = -1;
    // The line's field that a created field comes from, where their keys differ (an asset's campus from the
    // line's for_campus); same keys need no entry.
    QHash<QString, QString> lineFields;
};

// A named subset of a kind, such as "due for disposal". Lists offer these as status filters, and the
// dashboard counts them. All conditions must hold.
struct FilterDef {
    QString key;
    const char* label = "";
    QList<Condition> conditions;
};

// The one declaration of a record kind. Every generic part (repository, table model, form, CSV import
// and export, printed table, audit) reads this and nothing else.
struct RecordKind {
    QString key;            // "food-samples": CLI and CSV name
    QString table;          // SQL table
    const char* label = ""; // English source, translated via trLabel()
    QList<FieldDef> fields;
    QList<DerivedDef> derived;
    QStringList listColumns; // field or derived keys, in order; empty = all fields
    QString dateField;       // the field that date-range filters and --from/--to use
    QString defaultSort;     // field key; sorted descending by default
    bool defaultSortDescending = true;
    QStringList searchFields; // fields search-as-you-type looks in; empty = every text and choice field
    QList<FilterDef> filters;
    QString titleField; // the field that names a record in messages and the audit trail
    // The filter of the records that pickers and suggestions offer (staff: only those still at work);
    // empty = all records.
    QString pickerFilter;

    // Item lines (a delivery's items, a menu's meals): a kind of their own (fields, table, label, rules),
    // stored in lines->table with a column linesParentColumn naming the record and line_no keeping the
    // order. Read and written with their record; CSV has one row per line. Null = no lines.
    std::shared_ptr<const RecordKind> lines;
    QString linesParentColumn;
    int minLines = 0; // a record with fewer lines is refused
    // The field whose value decides the lines a new record starts with (a facility check's level picks the
    // checklist of that level): when it changes in the form while the lines are still as last filled,
    // fillLines fills them again from the record as typed. Empty = the lines never follow a field.
    QString linesTemplateField;
    std::function<void(Record& record, const RuleContext&)> fillLines;
    // For a lines kind: the lines that open a hazard with one action (a failed checklist item, a patrol's
    // problem). Such a lines kind has an integer field hazard_id that keeps the hazard's number once one is
    // open (storage/safety/LineHazards reads this). Null = its lines never open a hazard.
    std::function<bool(const Record& line)> opensHazard;
    // For a lines kind: the lines that can open a repair request instead (a failed facility check item: the
    // person chooses a hazard or a repair). Such a lines kind has an integer field repair_id keeping the
    // repair's number (storage/assets/LineRepairs). A line that opened either is not offered the other.
    // Null = its lines never open a repair.
    std::function<bool(const Record& line)> opensRepair;
    // Records of the kind can have photos (the attachments table, keyed by the kind's key).
    bool photos = false;
    // The kind's states and the steps between them (Workflow.h); null = a kind without a workflow.
    std::shared_ptr<const Workflow> workflow;

    // What the database refuses on its own (see StoredConstraint); ConstraintDeclarationTest checks that
    // every RAISE in the migrations is declared by some kind.
    QList<StoredConstraint> constraints;

    // Rules across fields, run after the generic per-field checks have passed.
    std::function<void(const Record&, const RuleContext&, Issues&)> rules;
    // What storing a record (inserted or updated) changes in other records; null = nothing. Their undo
    // values are applied when the record is deleted, and on an update to what the record no longer causes.
    std::function<QList<LinkedUpdate>(const Record&)> linkedUpdates;
    // Values a new record starts with, given the previous record of the kind (may be null).
    std::function<void(Record& fresh, const Record* previous, const RuleContext&)> prefill;

    QString displayLabel() const { return trLabel(label); }
    const FieldDef* field(const QString& key) const;
    const DerivedDef* derivedField(const QString& key) const;
    const FilterDef* filter(const QString& key) const;
    // A stored or derived field's description.
    const FieldDef* anyField(const QString& key) const;
    QStringList columns() const; // listColumns or all fields
    // The declared refusal whose match occurs in the database's message, or nullptr.
    const StoredConstraint* constraintFor(const QString& databaseMessage) const;
    QString describe(const Record& r) const;
};

// Generic checks (required, type, range, choices, pattern, length) followed by kind.rules; for a kind
// with lines also the number of lines and every line against kind.lines (its fields and rules). A line's
// issue names its field as lineIssueField(index, key); the record's "too few lines" issue names "lines".
Issues validateRecord(const RecordKind& kind, const Record& record, const RuleContext& ctx);
// The generic checks of one field's value alone (required, type, range, choices, campus, text, plausible
// date), without the kind's rules: what `houqin check` asks of every stored value.
Issues validateField(const FieldDef& f, const QVariant& value, const RuleContext& ctx);

// "lines/2/quantity": the field of an issue about line 2 (0-based) of a record; split back with
// splitLineIssueField(), which returns false for an issue about the record itself.
QString lineIssueField(qsizetype lineIndex, const QString& fieldKey);
bool splitLineIssueField(const QString& issueField, int* lineIndex, QString* fieldKey);
inline const QString kLinesIssueField = QStringLiteral("lines");

// A new record with defaults applied and, where the kind allows, values carried over from previous. A campus
// field that carries nothing over starts as `campus` (the campus this computer works for) when it is one of
// the settings' campuses, else as the first campus; the kind's prefill runs after, so it sees that campus
// (an asset's code is numbered for it).
Record newRecord(const RecordKind& kind, const Record* previous, const RuleContext& ctx,
                 const QString& campus = {});

// All derived values of a record.
QVariantMap deriveValues(const RecordKind& kind, const Record& record, const RuleContext& ctx);

} // namespace houqin
