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
// An Exists on records that hold the outer record's id (its own lines, or a single link {<fk>, "id"}),
// standing alone at its level, is written the other way round (issue #15):
//   <alias>.id IN (SELECT tN.<fk> FROM <inner table> AS tN WHERE [tN.<fk> IS NOT NULL AND] ...)
// The correlated EXISTS visits every outer record and probes its lines, so "a failed check item not yet
// handled" read all thirty years of checks; the IN list is read once, through an index on the inner
// conditions (a partial index on the few open failures), and the outer rows are found by their id. The
// results are the same: id is never NULL, and a link column that may be is kept out of the list. When other
// conditions at the same level narrow the outer records (this week's menu), they drive and the correlated
// form stays: the list would read every week's lines. NotExists always stays NOT EXISTS: no index can
// start from "not in a list", so NOT IN would still visit every outer record and, where a date range or
// another condition narrows them, read the whole related history besides.
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
