#include "ConditionSql.h"

#include "domain/KindRegistry.h"
#include "domain/ValueFormat.h"
#include "logging/Log.h"

#include <QRegularExpression>

namespace houqin {

namespace {

bool isIdentifier(const QString& s) {
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return re.match(s).hasMatch();
}

QString opSql(Condition::Op op) {
    switch (op) {
    case Condition::Op::Eq:
        return QStringLiteral(" = ");
    case Condition::Op::Ne:
        return QStringLiteral(" <> ");
    case Condition::Op::Lt:
        return QStringLiteral(" < ");
    case Condition::Op::Le:
        return QStringLiteral(" <= ");
    case Condition::Op::Gt:
        return QStringLiteral(" > ");
    case Condition::Op::Ge:
        return QStringLiteral(" >= ");
    case Condition::Op::IsNull:
        return QStringLiteral(" IS NULL");
    case Condition::Op::NotNull:
        return QStringLiteral(" IS NOT NULL");
    case Condition::Op::Exists:
    case Condition::Op::NotExists:
        break; // subqueries, built by Builder::related
    case Condition::Op::AnyOf:
        break; // alternatives, built by Builder::conditions
    }
    return {};
}

// One statement's worth of conditions: numbers the subquery aliases and remembers the first problem.
struct Builder {
    const RuleContext& ctx;
    const ConditionSql::Bind& bind;
    const ConditionSql::Resolve& resolve;
    int aliases = 0;
    QString problem;

    bool fail(const QString& why) {
        if (problem.isEmpty())
            problem = why;
        return false;
    }

    // A stored column of `kind`, qualified. Links may also name the id.
    bool column(const RecordKind& kind, const QString& alias, const QString& key, bool allowId,
                QString* out) {
        if (!(kind.field(key) || (allowId && key == QStringLiteral("id"))) || !isIdentifier(key))
            return fail(QStringLiteral("kind \"%1\" has no stored field \"%2\"").arg(kind.key, key));
        *out = alias + QLatin1Char('.') + key;
        return true;
    }

    bool conditions(const RecordKind& kind, const QString& alias, const QList<Condition>& cs,
                    QStringList& terms) {
        for (const Condition& c : cs) {
            if (c.op == Condition::Op::AnyOf) {
                if (c.alternatives.isEmpty())
                    return fail(
                        QStringLiteral("an AnyOf condition on \"%1\" has no alternatives").arg(kind.key));
                QStringList alternatives;
                for (const Condition& alternative : c.alternatives) {
                    QStringList one;
                    if (!conditions(kind, alias, {alternative}, one))
                        return false;
                    alternatives << one;
                }
                terms << QStringLiteral("(") + alternatives.join(QStringLiteral(" OR ")) +
                             QStringLiteral(")");
                continue;
            }
            if (c.op == Condition::Op::Exists || c.op == Condition::Op::NotExists) {
                QString sub;
                if (!related(kind, alias, c, cs.size() == 1, &sub))
                    return false;
                terms << sub;
                continue;
            }
            QString col;
            if (!column(kind, alias, c.field, false, &col))
                return false;
            if (c.op == Condition::Op::IsNull || c.op == Condition::Op::NotNull) {
                terms << col + opSql(c.op);
                continue;
            }
            if (!c.value)
                return fail(QStringLiteral("the condition on %1.%2 has no value").arg(kind.key, c.field));
            terms << col + opSql(c.op) + bind(valuefmt::toSql(*kind.field(c.field), c.value(ctx)));
        }
        return true;
    }

    // The records a RelatedQuery looks in, seen from records of `outer`: their kind and, for item lines,
    // the column naming the record they belong to.
    struct Target {
        const RecordKind* kind = nullptr;
        QString parentColumn;
    };
    Target target(const RecordKind& outer, const RelatedQuery& rq) {
        // The enclosing kind itself (a copy in a test, or a kind looking at its own records or lines) is
        // used as it stands, so its own declaration decides.
        const RecordKind* k = rq.kindKey == outer.key ? &outer : resolve(rq.kindKey);
        if (!k) {
            fail(QStringLiteral("kind \"%1\" does not exist").arg(rq.kindKey));
            return {};
        }
        if (!rq.lines)
            return {k, {}};
        // Lines are the outer record's own, so the kind named must be the outer one.
        if (!k->lines || k->table != outer.table || !isIdentifier(k->linesParentColumn)) {
            fail(QStringLiteral("kind \"%1\" has no item lines belonging to records of \"%2\"")
                     .arg(rq.kindKey, outer.key));
            return {};
        }
        return {k->lines.get(), k->linesParentColumn};
    }

    // The column of the inner records holding the outer record's id, when that is their only link: the
    // outer record's own lines, or records linked by a single {inner, "id"} pair (a foreign key). Empty
    // otherwise.
    static QString foreignKey(const RelatedQuery& rq, const Target& t) {
        if (rq.lines)
            return rq.links.isEmpty() ? t.parentColumn : QString();
        if (rq.links.size() == 1 && rq.links.first().second == QStringLiteral("id"))
            return rq.links.first().first;
        return {};
    }

    // `alone`: the condition is the only one at its level, so nothing else narrows the outer records.
    bool related(const RecordKind& outer, const QString& outerAlias, const Condition& c, bool alone,
                 QString* out) {
        if (!c.related)
            return fail(QStringLiteral("an Exists/NotExists condition on \"%1\" names no related records")
                            .arg(outer.key));
        const RelatedQuery& rq = *c.related;
        const Target t = target(outer, rq);
        if (!t.kind)
            return false;
        const RecordKind& inner = *t.kind;
        if (!isIdentifier(inner.table))
            return fail(QStringLiteral("kind \"%1\" has no usable table").arg(rq.kindKey));
        const QString alias = QStringLiteral("t%1").arg(++aliases);
        QStringList terms;
        // Exists keyed by the outer id, alone: the matching related records drive (see ConditionSql.h).
        const QString fk = foreignKey(rq, t);
        const bool drive = c.op == Condition::Op::Exists && alone && !fk.isEmpty();
        QString fkCol;
        if (drive) {
            if (rq.lines)
                fkCol = alias + QLatin1Char('.') + fk; // checked in target(); NOT NULL in every lines table
            else if (!column(inner, alias, fk, true, &fkCol))
                return false;
            else
                terms << fkCol + QStringLiteral(" IS NOT NULL"); // a link column may be empty
        } else {
            if (rq.lines)
                terms << alias + QLatin1Char('.') + t.parentColumn + QStringLiteral(" = ") + outerAlias +
                             QStringLiteral(".id");
            for (const auto& [innerKey, outerKey] : rq.links) {
                QString innerCol, outerCol;
                if (!column(inner, alias, innerKey, true, &innerCol) ||
                    !column(outer, outerAlias, outerKey, true, &outerCol))
                    return false;
                terms << innerCol + QStringLiteral(" = ") + outerCol;
            }
        }
        if (!conditions(inner, alias, rq.conditions, terms))
            return false;
        const QString from =
            inner.table + QStringLiteral(" AS ") + alias +
            (terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND ")));
        if (drive) {
            *out = outerAlias + QStringLiteral(".id IN (SELECT ") + fkCol + QStringLiteral(" FROM ") + from +
                   QLatin1Char(')');
            return true;
        }
        const QString sql = QStringLiteral("EXISTS (SELECT 1 FROM ") + from + QLatin1Char(')');
        *out = c.op == Condition::Op::NotExists ? QStringLiteral("NOT ") + sql : sql;
        return true;
    }
};

} // namespace

QString ConditionSql::build(const RecordKind& kind, const QString& alias, const QList<Condition>& conditions,
                            const RuleContext& ctx, const Bind& bind, QString* problem) {
    return build(kind, alias, conditions, ctx, bind, Resolve(findKind), problem);
}

QString ConditionSql::build(const RecordKind& kind, const QString& alias, const QList<Condition>& conditions,
                            const RuleContext& ctx, const Bind& bind, const Resolve& resolve,
                            QString* problem) {
    Builder b{ctx, bind, resolve, 0, {}};
    QStringList terms;
    if (!b.conditions(kind, alias, conditions, terms)) {
        log::get("storage")->warn("a filter of \"{}\" matches nothing: {}", log::s(kind.key),
                                  log::s(b.problem));
        if (problem)
            *problem = b.problem;
        return QStringLiteral("0");
    }
    return terms.join(QStringLiteral(" AND "));
}

} // namespace houqin
