#pragma once

#include "domain/RecordKind.h"

#include <QString>
#include <QVariant>
#include <functional>

namespace houqin {

// Turns a filter's structured conditions (domain/RecordKind.h: Condition, RelatedQuery) into one SQL
// expression. Values are bound through `bind`, never spliced; identifiers come only from declarations.
//
// Field conditions become "<alias>.<field> <op> :pN". Exists / NotExists become
//   [NOT] EXISTS (SELECT 1 FROM <inner table> AS tN WHERE tN.<inner> = <alias>.<outer> AND ...)
// with the inner records' own conditions inside, recursively, each level with its own alias. Item lines
// (RelatedQuery::lines) are linked by tN.<linesParentColumn> = <alias>.id.
//
// The outer table is referred to by `alias`; the repository passes the table name, so the statement
// around it (ORDER BY, search, date range) can keep its unqualified columns: inside a subquery the inner
// tables have their own aliases, so unqualified names there would mean the inner table, which is why every
// column this code writes is qualified.
struct ConditionSql {
    // Binds a value and returns its placeholder (":p3").
    using Bind = std::function<QString(const QVariant&)>;
    // Finds a kind by key; findKind() in the application, a test's own kinds in tests.
    using Resolve = std::function<const RecordKind*(const QString&)>;

    // The AND of `conditions` on records of `kind` (table called `alias`); empty when there are none.
    // When a condition names a field or kind that is not declared, or a comparison has no value, the
    // whole expression is "0": a broken filter matches nothing rather than everything (a NotExists
    // missing its inner part would otherwise match every record). The reason is logged as a warning and,
    // when `problem` is given, returned there.
    static QString build(const RecordKind& kind, const QString& alias, const QList<Condition>& conditions,
                         const RuleContext& ctx, const Bind& bind, QString* problem = nullptr);
    static QString build(const RecordKind& kind, const QString& alias, const QList<Condition>& conditions,
                         const RuleContext& ctx, const Bind& bind, const Resolve& resolve,
                         QString* problem = nullptr);
};

} // namespace houqin
